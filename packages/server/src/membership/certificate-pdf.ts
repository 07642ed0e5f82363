import { formatDate, formatMoney, interpolate, type Language } from '@partage/domain';
import type { Queryable } from '@partage/db';
import { PdfWriter } from '../documents/pdf.ts';
import { DOC } from '../documents/labels.ts';
import { loadEntity, loadMember, today } from './queries.ts';

interface LineRow {
  line_no: number;
  operation: string;
  category: string;
  quantity: number;
  unit_value_cents: number;
  amount_cents: number;
  effective_on: string;
}

export async function registerLinesOf(db: Queryable, memberId: string): Promise<LineRow[]> {
  const { rows } = await db.query<LineRow>(
    `SELECT line_no, operation, category, quantity, unit_value_cents, amount_cents, effective_on
       FROM register_operations WHERE member_id = $1 ORDER BY line_no`,
    [memberId],
  );
  return rows;
}

/**
 * The share certificate, in the member's language: identity, member number, shares held per category
 * at nominal value, and the member's lines of the register. Produced from the register at the moment
 * it is asked for; the register itself is the legal record.
 */
export async function certificatePdf(
  db: Queryable,
  memberId: string,
  language?: Language,
): Promise<Uint8Array> {
  const member = await loadMember(db, memberId);
  const entity = await loadEntity(db, member.entity_id);
  const lang = language ?? member.language;
  const t = (key: string, params?: Record<string, string | number>) => interpolate(DOC[key]![lang], params);
  const lines = await registerLinesOf(db, memberId);
  const byCategory = new Map<string, { quantity: number; unit: number }>();
  for (const line of lines) {
    const current = byCategory.get(line.category) ?? { quantity: 0, unit: line.unit_value_cents };
    byCategory.set(line.category, {
      quantity: current.quantity + line.quantity,
      unit: line.unit_value_cents,
    });
  }
  const date = formatDate(today(), lang);
  const pdf = await PdfWriter.create(`${t('certificateTitle')} – ${member.display_name}`, lang);
  pdf
    .heading(entity.name, 14)
    .paragraph(`${entity.address}`, 9)
    .heading(t('certificateTitle'))
    .paragraph(
      t('certificateIntro', {
        entity: entity.name,
        form: entity.legal_form,
        kbo: entity.enterprise_number ?? '',
        date,
      }),
    )
    .keyValues([
      [t('member'), member.display_name],
      [t('memberNumber'), String(member.member_number ?? '–')],
      [t('admittedOn'), member.admitted_on ? formatDate(member.admitted_on, lang) : '–'],
    ])
    .table(
      [t('category'), t('shares'), t('nominal'), t('total')],
      [...byCategory.entries()]
        .filter(([, v]) => v.quantity > 0)
        .map(([category, v]) => [
          category,
          String(v.quantity),
          formatMoney(v.unit, lang),
          formatMoney(v.unit * v.quantity, lang),
        ]),
      [0.25, 0.2, 0.25, 0.3],
      ['left', 'right', 'right', 'right'],
    )
    .heading(t('registerExtract'), 12)
    .table(
      [t('line'), t('date'), t('operation'), t('category'), t('shares'), t('amount')],
      lines.map((l) => [
        String(l.line_no),
        formatDate(l.effective_on, lang),
        t(`op_${l.operation}`),
        l.category,
        String(l.quantity),
        formatMoney(l.amount_cents, lang),
      ]),
      [0.1, 0.22, 0.28, 0.12, 0.1, 0.18],
      ['left', 'left', 'left', 'left', 'right', 'right'],
    )
    .paragraph(t('noDividend'), 9)
    .footer(t('issuedBy', { date }));
  return pdf.bytes();
}
