import { describe, expect, it } from 'vitest';
import { makeEnterpriseNumber } from '../identifiers/enterprise-number.ts';
import { timelineProblems } from '../rules/types.ts';
import { BE_EINVOICING_MANDATE, deliveryChannelFor, type ChannelClient } from './delivery-channel.ts';
import {
  PEPPOL_ADDRESS_SCHEMES,
  electronicAddressOf,
  parseParticipantId,
  peppolAddressOf,
} from './electronic-address.ts';

const kbo = makeEnterpriseNumber('04123456');

const client = (over: Partial<ChannelClient> = {}): ChannelClient => ({
  kind: 'company',
  country: 'BE',
  enterpriseNumber: kbo,
  vatNumber: `BE${kbo}`,
  peppolId: null,
  ...over,
});

describe('delivery channel', () => {
  it('sends to Belgian companies over Peppol from 1 January 2026, under their enterprise number', () => {
    expect(deliveryChannelFor(client(), '2026-01-01')).toEqual({
      channel: 'peppol',
      peppolId: `0208:${kbo}`,
      reason: 'be_mandate',
    });
    expect(deliveryChannelFor(client(), '2025-12-31')).toMatchObject({
      channel: 'email',
      reason: 'before_mandate',
    });
  });

  it('sends to Belgian public bodies over Peppol, even without a VAT number', () => {
    const decision = deliveryChannelFor(client({ kind: 'public_body', vatNumber: null }), '2026-03-01');
    expect(decision).toMatchObject({ channel: 'peppol', peppolId: `0208:${kbo}` });
  });

  it('uses the participant identifier already known for the client', () => {
    const decision = deliveryChannelFor(client({ peppolId: '9925:BE0411905847' }), '2026-03-01');
    expect(decision.peppolId).toBe('9925:BE0411905847');
  });

  it('sends by e-mail to persons and to clients outside Belgium', () => {
    const person = client({ kind: 'person', enterpriseNumber: null, vatNumber: null });
    expect(deliveryChannelFor(person, '2026-03-01')).toMatchObject({
      channel: 'email',
      peppolId: null,
      reason: 'not_in_mandate',
    });
    const french = client({ country: 'FR', enterpriseNumber: null, vatNumber: 'FR40513036178' });
    expect(deliveryChannelFor(french, '2026-03-01').channel).toBe('email');
    const swiss = client({ country: 'CH', enterpriseNumber: null, vatNumber: null });
    expect(deliveryChannelFor(swiss, '2026-03-01').channel).toBe('email');
  });

  it('has a sourced, well-formed timeline', () => {
    expect(timelineProblems('BE_EINVOICING_MANDATE', BE_EINVOICING_MANDATE)).toEqual([]);
    expect(BE_EINVOICING_MANDATE[0]!.source).toMatch(/6 February 2024/);
  });
});

describe('electronic addresses', () => {
  it('addresses a Belgian enterprise by 0208 and EU businesses by the scheme of their VAT number', () => {
    expect(peppolAddressOf(client())).toEqual({ scheme: '0208', id: kbo });
    const fr = { country: 'FR', vatNumber: 'FR40513036178' };
    expect(peppolAddressOf(fr)).toEqual({ scheme: '9957', id: 'FR40513036178' });
    expect(peppolAddressOf({ country: 'DE', vatNumber: 'DE136695976' })).toEqual({
      scheme: '9930',
      id: 'DE136695976',
    });
    expect(peppolAddressOf({ country: 'GR', vatNumber: 'EL094259216' })?.scheme).toBe('9933');
    expect(peppolAddressOf({ country: 'IT', vatNumber: 'IT00743110157' })?.scheme).toBe('0211');
    // Sweden: the organisation number inside the VAT number, under 0007.
    expect(peppolAddressOf({ country: 'SE', vatNumber: 'SE556677889901' })).toEqual({
      scheme: '0007',
      id: '5566778899',
    });
  });

  it('never takes a VAT number of another country than the party’s', () => {
    expect(peppolAddressOf({ country: 'DE', vatNumber: 'FR40513036178' })).toBeNull();
  });

  it('falls back to the e-mail address (EM), which Peppol does not route', () => {
    const person = { country: 'BE', email: 'someone@example.be' };
    expect(electronicAddressOf(person)).toEqual({ scheme: 'EM', id: 'someone@example.be' });
    expect(PEPPOL_ADDRESS_SCHEMES.has('EM')).toBe(false);
    expect(PEPPOL_ADDRESS_SCHEMES.has('0208')).toBe(true);
    expect(electronicAddressOf({ country: 'US' })).toBeNull();
  });

  it('reads participant identifiers', () => {
    expect(parseParticipantId('0208:0403170701')).toEqual({ scheme: '0208', id: '0403170701' });
    expect(parseParticipantId('0208')).toBeNull();
    expect(parseParticipantId(null)).toBeNull();
  });
});
