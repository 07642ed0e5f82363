import {
  epcQrPayload,
  vatSummary,
  vatTreatmentRule,
  type Language,
  type VatTreatment,
} from '@partage/domain';
import type { VatSummaryView } from '../contracts/documents/types.ts';
import type { EntityRow } from '../membership/queries.ts';

/**
 * The VAT breakdown printed on an invoice: one group per treatment, VAT computed on each group's base
 * (EN 16931 BR-CO-17), with the legal mention of exemptions and reverse charge in the client's language.
 */
export function vatSummaryOf(
  lines: ReadonlyArray<{ amountExclVatCents: number; vatTreatment: string }>,
  language: Language,
  date: string,
): { groups: VatSummaryView[]; totalVatCents: number } {
  const summary = vatSummary(
    lines.map((l) => ({ baseCents: l.amountExclVatCents, treatment: l.vatTreatment as VatTreatment })),
    date,
  );
  return {
    groups: summary.groups.map((g) => vatGroupView(g, language, date)),
    totalVatCents: summary.totalVatCents,
  };
}

/** One VAT group as printed: its legal mention (exemption, reverse charge) in the document's language. */
export function vatGroupView(
  group: { treatment: VatTreatment; rateBp: number; baseCents: number; vatCents: number },
  language: Language,
  date: string,
): VatSummaryView {
  const rule = vatTreatmentRule(group.treatment, date);
  return {
    treatment: group.treatment,
    rateBp: group.rateBp,
    baseCents: group.baseCents,
    vatCents: group.vatCents,
    mention: rule.category === 'S' ? null : rule.mention[language],
  };
}

/** The "scan to pay" QR code of an invoice, when the seller has an account and something is due. */
export function epcPayloadFor(entity: EntityRow, amountCents: number, reference: string): string | null {
  if (!entity.iban || amountCents <= 0) return null;
  return epcQrPayload({
    name: entity.name.slice(0, 70),
    iban: entity.iban,
    ...(entity.bic ? { bic: entity.bic } : {}),
    amountCents,
    currency: 'EUR',
    structuredReference: reference,
  });
}
