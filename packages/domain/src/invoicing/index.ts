/**
 * Public API of the invoicing rules (pure, no I/O): electronic addresses of e-invoices, the delivery
 * channel of a document, and partial credit notes.
 */
export {
  PEPPOL_ADDRESS_SCHEMES,
  electronicAddressOf,
  parseParticipantId,
  participantId,
  peppolAddressOf,
} from './electronic-address.ts';
export type { AddressableParty, ElectronicAddress } from './electronic-address.ts';
export {
  BE_EINVOICING_MANDATE,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  deliveryChannelFor,
  isDeliveryChannel,
} from './delivery-channel.ts';
export type { ChannelClient, ChannelDecision, DeliveryChannel, DeliveryStatus } from './delivery-channel.ts';
export { allocatePartialCredit, maxCreditableExclVat, splitByLargestRemainder } from './partial-credit.ts';
export type {
  CreditableLine,
  PartialCredit,
  PartialCreditGroup,
  PartialCreditInput,
  PartialCreditResult,
} from './partial-credit.ts';
export { invoicingMessages } from './messages.ts';
