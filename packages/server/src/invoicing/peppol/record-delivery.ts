import { createHash } from 'node:crypto';
import type { Queryable } from '@partage/db';
import {
  DomainError,
  deliveryChannelFor,
  isVatTreatment,
  participantId,
  peppolAddressOf,
  type DeliveryChannel,
} from '@partage/domain';
import type { InvoiceDocument, InvoiceLineView } from '../../contracts/documents/types.ts';
import { loadClient, type ClientRow } from '../../clients/queries.ts';
import { buildUbl, type UblLine } from '../ubl/build-ubl.ts';
import { validateUbl } from '../ubl/validate-ubl.ts';

export interface RecordedDelivery {
  id: string;
  channel: DeliveryChannel;
  recipientId: string | null;
  sha256: string;
}

interface LineRow {
  line_no: number;
  description: string;
  quantity_centi: number;
  unit: InvoiceLineView['unit'];
  unit_price_cents: number;
  amount_excl_vat_cents: number;
  vat_treatment: string;
  vat_rate_bp: number;
}

/** The lines of an issued document with their VAT treatment, as the UBL needs them. */
export async function ublLinesOf(db: Queryable, invoiceId: string): Promise<UblLine[]> {
  const { rows } = await db.query<LineRow>(
    `SELECT line_no, description, quantity_centi, unit, unit_price_cents, amount_excl_vat_cents, vat_treatment,
            vat_rate_bp FROM invoice_lines WHERE invoice_id = $1 ORDER BY line_no`,
    [invoiceId],
  );
  return rows.map((r) => {
    if (!isVatTreatment(r.vat_treatment)) throw new Error(`unknown VAT treatment ${r.vat_treatment}`);
    return {
      lineNo: r.line_no,
      description: r.description,
      quantityCenti: Number(r.quantity_centi),
      unit: r.unit,
      unitPriceCents: Number(r.unit_price_cents),
      amountExclVatCents: Number(r.amount_excl_vat_cents),
      vatRateBp: r.vat_rate_bp,
      vatTreatment: r.vat_treatment,
    };
  });
}

/**
 * Produces the electronic invoice of a document that has just been issued (inside the issuing
 * transaction, after its lines are saved), checks it against the EN 16931 and Peppol rules, and stores it
 * frozen with the channel it goes out on (`deliveryChannelFor`). A document whose UBL breaks a rule is not
 * issued at all: the error names the rules and the transaction rolls back.
 */
export async function recordDelivery(
  tx: Queryable,
  input: {
    invoiceId: string;
    document: InvoiceDocument;
    client?: ClientRow;
    clientId?: string;
    /** The lines as just saved, when the caller has them (else read back). */
    lines?: UblLine[];
  },
): Promise<RecordedDelivery> {
  const { document } = input;
  const client = input.client ?? (await loadClient(tx, input.clientId!));
  const lines = input.lines ?? (await ublLinesOf(tx, input.invoiceId));
  const xml = buildUbl({ document, lines, clientEmail: client.email, clientPeppolId: client.peppol_id });

  const decision = deliveryChannelFor(
    {
      kind: client.kind,
      country: client.country,
      enterpriseNumber: client.enterprise_number,
      vatNumber: client.vat_number,
      peppolId: client.peppol_id,
    },
    document.issueDate,
  );
  const sender = peppolAddressOf({
    country: document.seller.country,
    enterpriseNumber: document.seller.enterpriseNumber,
    vatNumber: document.seller.vatNumber,
  });
  // A sender without a Peppol identifier cannot use the network: the PDF goes by e-mail.
  const channel: DeliveryChannel = decision.channel === 'peppol' && sender ? 'peppol' : 'email';

  const violations = validateUbl(xml, { peppolNetwork: channel === 'peppol' });
  if (violations.length > 0) {
    const rules = [...new Set(violations.map((v) => v.rule))].join(', ');
    throw new DomainError('invoice.ubl.invalid', [], { rules, number: document.number }, 500);
  }

  const sha256 = createHash('sha256').update(xml, 'utf8').digest('hex');
  const recipientId = channel === 'peppol' ? decision.peppolId : null;
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO invoice_deliveries (invoice_id, entity_id, channel, sender_id, recipient_id, recipient_address,
       ubl_xml, sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.invoiceId,
      document.seller.id,
      channel,
      channel === 'peppol' && sender ? participantId(sender) : null,
      recipientId,
      channel === 'email' ? client.email : null,
      xml,
      sha256,
    ],
  );
  return { id: rows[0]!.id, channel, recipientId, sha256 };
}
