/**
 * How an issued invoice or credit note reaches its client.
 *
 * - `peppol`: the structured e-invoice (UBL, Peppol BIS Billing 3.0) is sent over the Peppol network
 *   through an access point. Mandatory in Belgium for invoices between businesses established there from
 *   1 January 2026 (law of 6 February 2024 amending the VAT Code, structured electronic invoicing; the
 *   Royal Decree of 29 July 2025 makes Peppol BIS 3.0 the standard format); invoices to Belgian public
 *   bodies go the same way. The platform applies it to every Belgian company or public body identified
 *   by its enterprise number, whatever the issuing entity: the law excludes a few senders (e.g. taxable
 *   persons doing only activities exempt under VAT Code art. 44, like the trainer entity), but a Peppol
 *   invoice is always allowed and is what a Belgian business's software reads.
 * - `email`: everyone else (private persons, foreign clients, and every client before the mandate): the PDF
 *   by e-mail. The UBL is produced all the same and can be downloaded (a French business client's
 *   software, Chorus Pro and the French platforms accept Peppol BIS UBL).
 * - `postal`: paper, on request; never chosen by the rule.
 */
import type { EffectiveRule, RuleDate } from '../rules/types.ts';
import { effectiveAt } from '../rules/types.ts';
import type { ClientType } from '../contracts/vat.ts';
import { participantId, peppolAddressOf } from './electronic-address.ts';

export const DELIVERY_CHANNELS = ['peppol', 'email', 'postal'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** stored: kept, not sent (yet); sent: handed to the access point (or the mail server); delivered: the
 * receiving side confirmed; failed: given up after the last attempt. */
export const DELIVERY_STATUSES = ['stored', 'sent', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export function isDeliveryChannel(value: unknown): value is DeliveryChannel {
  return typeof value === 'string' && (DELIVERY_CHANNELS as readonly string[]).includes(value);
}

/** The Belgian obligation of structured e-invoicing between businesses, as data. */
export const BE_EINVOICING_MANDATE: readonly EffectiveRule[] = [
  {
    validFrom: '2026-01-01',
    source:
      'Law of 6 February 2024 amending the Belgian VAT Code to introduce the obligation of structured electronic invoicing, in force 1 January 2026 (B2B between taxable persons established in Belgium; B2C out of scope); Royal Decree of 29 July 2025 (Peppol BIS Billing 3.0, EN 16931, as the default format and network)',
    verified: true,
  },
];

export interface ChannelClient {
  kind: ClientType;
  country: string;
  enterpriseNumber: string | null;
  vatNumber: string | null;
  peppolId?: string | null;
}

export interface ChannelDecision {
  channel: DeliveryChannel;
  /** Peppol participant identifier of the receiver (`0208:0403170701`) when the channel is Peppol. */
  peppolId: string | null;
  /** Why: `be_mandate`, `not_in_mandate` (person, foreign client), `before_mandate`. */
  reason: 'be_mandate' | 'not_in_mandate' | 'before_mandate';
}

/** The channel of a document issued on `date` to `client`. */
export function deliveryChannelFor(client: ChannelClient, date: RuleDate): ChannelDecision {
  const business = client.kind === 'company' || client.kind === 'public_body';
  const address = business && client.country === 'BE' ? peppolAddressOf(client) : null;
  if (!address) return { channel: 'email', peppolId: null, reason: 'not_in_mandate' };
  if (!effectiveAt(BE_EINVOICING_MANDATE, date)) {
    return { channel: 'email', peppolId: null, reason: 'before_mandate' };
  }
  return { channel: 'peppol', peppolId: participantId(address), reason: 'be_mandate' };
}
