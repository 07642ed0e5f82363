import { create } from 'xmlbuilder2';
import {
  DomainError,
  SEPA_NAME_MAX,
  SEPA_REMITTANCE_MAX,
  centsToSepaAmount,
  controlSum,
  isSepaAmount,
  isSepaReference,
  parseBic,
  parseIban,
  toSepaText,
  type FieldIssue,
} from '@partage/domain';

type XMLBuilder = ReturnType<typeof create>;

/** ISO 20022 customer credit transfer initiation, version 9 (the EPC SCT rulebook's version since 2023). */
export const PAIN001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

export interface Pain001Transfer {
  endToEndId: string;
  amountCents: number;
  creditorName: string;
  iban: string;
  bic: string | null;
  remittance: string;
  /** ISO external purpose code, e.g. `SALA` for a salary. */
  purpose: string | null;
}

export interface Pain001Block {
  paymentInformationId: string;
  requestedExecutionDate: string;
  transfers: Pain001Transfer[];
}

export interface Pain001Input {
  messageId: string;
  createdAt: Date;
  /** The entity giving the order: its name, and its enterprise number (Belgian KBO-BCE) when it has one. */
  initiatingParty: { name: string; country: string; enterpriseNumber: string | null };
  /** The entity's account that pays: its IBAN, and its bank's BIC when known. */
  debtor: { name: string; country: string; iban: string; bic: string | null };
  blocks: Pain001Block[];
}

/**
 * Every reason the file cannot be built, each naming the order (`orders.<EndToEndId>.iban`) and its
 * beneficiary, or the debtor's field: one error listing all of them, so that payroll fixes them in one go.
 */
export function pain001Issues(input: Pain001Input): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const entity = input.debtor.name;
  const debtorIban = parseIban(input.debtor.iban);
  if (!debtorIban.ok || !debtorIban.sepa)
    issues.push({ field: 'debtor.iban', code: 'payments.debtor.iban_invalid', params: { entity } });
  if (input.debtor.bic !== null && !parseBic(input.debtor.bic).ok)
    issues.push({ field: 'debtor.bic', code: 'payments.debtor.bic_invalid', params: { entity } });
  if (!isSepaReference(input.messageId)) issues.push({ field: 'messageId', code: 'field.invalid' });
  for (const block of input.blocks) {
    if (!isSepaReference(block.paymentInformationId))
      issues.push({ field: 'paymentInformationId', code: 'field.invalid' });
    if (block.transfers.length === 0) issues.push({ field: 'transfers', code: 'field.required' });
    for (const t of block.transfers) {
      const where = `orders.${t.endToEndId}`;
      const params = { beneficiary: t.creditorName, endToEndId: t.endToEndId };
      const iban = parseIban(t.iban);
      if (!iban.ok) issues.push({ field: `${where}.iban`, code: 'payments.order.iban_invalid', params });
      else if (!iban.sepa)
        issues.push({
          field: `${where}.iban`,
          code: 'payments.order.iban_not_sepa',
          params: { ...params, country: iban.country },
        });
      if (t.bic !== null && !parseBic(t.bic).ok)
        issues.push({ field: `${where}.bic`, code: 'payments.order.bic_invalid', params });
      if (!isSepaReference(t.endToEndId))
        issues.push({ field: `${where}.endToEndId`, code: 'field.invalid' });
      if (!isSepaAmount(t.amountCents))
        issues.push({ field: `${where}.amountCents`, code: 'payments.amount.invalid', params });
      if (toSepaText(t.creditorName, SEPA_NAME_MAX) === '')
        issues.push({ field: `${where}.creditorName`, code: 'payments.beneficiary.name_unrepresentable' });
      if (toSepaText(t.remittance, SEPA_REMITTANCE_MAX) === '')
        issues.push({ field: `${where}.remittance`, code: 'payments.remittance.invalid', params });
    }
  }
  return issues;
}

const electronic = (iban: string) => iban.replace(/[\s.-]/g, '').toUpperCase();

/** `2026-03-15T09:30:00Z`: ISO date and time, UTC, to the second. */
const isoDateTime = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

function agent(parent: XMLBuilder, bic: string | null): void {
  const fin = parent.ele('FinInstnId');
  if (bic) fin.ele('BICFI').txt(bic.toUpperCase());
  else fin.ele('Othr').ele('Id').txt('NOTPROVIDED');
}

/**
 * Builds a SEPA credit transfer initiation (pain.001.001.09) as the EPC customer-to-bank guidelines ask:
 * one payment information block per requested execution date, batch booking requested, SEPA service level,
 * charges shared (SLEV), amounts in euro with two decimals, names and remittance in the SEPA character set.
 * Refuses (422, every issue listed) when an IBAN, a BIC, an amount or an identifier is not valid: nothing
 * is built, so nothing is exported.
 */
export function buildPain001(input: Pain001Input): string {
  const issues = pain001Issues(input);
  if (issues.length > 0) throw new DomainError('validation', issues);
  const all = input.blocks.flatMap((b) => b.transfers);

  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele(PAIN001_NAMESPACE, 'Document');
  const root = doc.ele('CstmrCdtTrfInitn');

  const header = root.ele('GrpHdr');
  header.ele('MsgId').txt(input.messageId);
  header.ele('CreDtTm').txt(isoDateTime(input.createdAt));
  header.ele('NbOfTxs').txt(String(all.length));
  header.ele('CtrlSum').txt(centsToSepaAmount(controlSum(all)));
  const initiating = header.ele('InitgPty');
  initiating.ele('Nm').txt(toSepaText(input.initiatingParty.name, SEPA_NAME_MAX));
  if (input.initiatingParty.enterpriseNumber) {
    const other = initiating.ele('Id').ele('OrgId').ele('Othr');
    other.ele('Id').txt(input.initiatingParty.enterpriseNumber.replace(/\D/g, ''));
    // The Belgian Crossroads Bank for Enterprises issues the enterprise number.
    if (input.initiatingParty.country === 'BE') other.ele('Issr').txt('KBO-BCE');
  }

  for (const block of input.blocks) {
    const info = root.ele('PmtInf');
    info.ele('PmtInfId').txt(block.paymentInformationId);
    info.ele('PmtMtd').txt('TRF');
    info.ele('BtchBookg').txt('true');
    info.ele('NbOfTxs').txt(String(block.transfers.length));
    info.ele('CtrlSum').txt(centsToSepaAmount(controlSum(block.transfers)));
    info.ele('PmtTpInf').ele('SvcLvl').ele('Cd').txt('SEPA');
    info.ele('ReqdExctnDt').ele('Dt').txt(block.requestedExecutionDate);
    const debtor = info.ele('Dbtr');
    debtor.ele('Nm').txt(toSepaText(input.debtor.name, SEPA_NAME_MAX));
    debtor.ele('PstlAdr').ele('Ctry').txt(input.debtor.country);
    info.ele('DbtrAcct').ele('Id').ele('IBAN').txt(electronic(input.debtor.iban));
    agent(info.ele('DbtrAgt'), input.debtor.bic);
    info.ele('ChrgBr').txt('SLEV');

    for (const t of block.transfers) {
      const tx = info.ele('CdtTrfTxInf');
      tx.ele('PmtId').ele('EndToEndId').txt(t.endToEndId);
      tx.ele('Amt').ele('InstdAmt', { Ccy: 'EUR' }).txt(centsToSepaAmount(t.amountCents));
      if (t.bic) agent(tx.ele('CdtrAgt'), t.bic);
      tx.ele('Cdtr').ele('Nm').txt(toSepaText(t.creditorName, SEPA_NAME_MAX));
      tx.ele('CdtrAcct').ele('Id').ele('IBAN').txt(electronic(t.iban));
      if (t.purpose) tx.ele('Purp').ele('Cd').txt(t.purpose);
      tx.ele('RmtInf').ele('Ustrd').txt(toSepaText(t.remittance, SEPA_REMITTANCE_MAX));
    }
  }
  return doc.end({ prettyPrint: true });
}
