import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertEmail, isValidEmail, parseEmail } from './email.ts';
import { expectFieldError } from './testing.ts';

describe('parseEmail', () => {
  it('accepts ordinary addresses and lower-cases the domain only', () => {
    expect(parseEmail('  Jean.Dupont@Example.BE ')).toEqual({
      ok: true,
      value: 'Jean.Dupont@example.be',
      localPart: 'Jean.Dupont',
      domain: 'example.be',
    });
    for (const input of [
      "o'brien+factures@sub.domain.eu",
      'a@b.co',
      'x_y-z@xn--caf-dma.be',
      'contact@café.be',
      'user@123.example.com',
      'user@mail.example.museum',
    ]) {
      expect(isValidEmail(input), input).toBe(true);
    }
  });

  it('refuses what is not local@domain.tld', () => {
    for (const input of [
      '',
      'plain',
      '@example.be',
      'user@',
      'user@localhost',
      'user@example',
      'user@example.123',
      'user@example.b',
      'a..b@example.be',
      '.a@example.be',
      'a.@example.be',
      'a b@example.be',
      'a@b@example.be',
      'user@-example.be',
      'user@example-.be',
      'user@exa_mple.be',
      'user@example..be',
      'user@[192.168.0.1]',
      '"quoted"@example.be',
      'élise@exemple.be',
    ]) {
      expect(parseEmail(input), input).toEqual({ ok: false, code: 'email.format' });
    }
  });

  it('enforces the RFC 5321 length limits', () => {
    expect(isValidEmail(`${'a'.repeat(64)}@example.be`)).toBe(true);
    expect(parseEmail(`${'a'.repeat(65)}@example.be`)).toEqual({
      ok: false,
      code: 'email.local_part_too_long',
      params: { max: 64 },
    });
    const domain = `${'d'.repeat(60)}.${'e'.repeat(60)}.${'f'.repeat(60)}.${'g'.repeat(60)}.be`;
    const fits = `${'a'.repeat(254 - domain.length - 1)}@${domain}`;
    expect(fits.length).toBe(254);
    expect(isValidEmail(fits)).toBe(true);
    expect(parseEmail('a' + fits)).toEqual({ ok: false, code: 'email.too_long', params: { max: 254 } });
    expect(isValidEmail(`a@${'l'.repeat(64)}.be`)).toBe(false);
  });

  it('asserts on the field given', () => {
    expect(assertEmail('Marie@Partage.Coop')).toBe('Marie@partage.coop');
    expectFieldError(() => assertEmail('nope'), 'email', 'email.format');
    const issue = expectFieldError(
      () => assertEmail(`${'a'.repeat(65)}@x.be`, 'contact.email'),
      'contact.email',
      'email.local_part_too_long',
    );
    expect(issue.params).toEqual({ max: 64 });
  });
});

describe('e-mail properties', () => {
  it('accepts generated RFC-compliant addresses, and normalising is idempotent', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const parsed = parseEmail(address);
        expect(parsed.ok, address).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.domain).toBe(parsed.domain.toLowerCase());
        expect(parseEmail(parsed.value)).toEqual(parsed);
        expect(parseEmail(parsed.value.toUpperCase()).ok).toBe(true);
      }),
    );
  });
});
