import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { centsToDecimal } from '@partage/domain';

/**
 * Writes camt.053.001.08 statements, the way a bank gives them: for the demonstration (a statement paying
 * the demo invoices) and for tests. Closing balances are computed from the opening and the entries.
 */
export interface EntryToWrite {
  direction: 'credit' | 'debit';
  amountCents: number;
  /** A structured communication (12 digits) or a creditor reference, reported in `Strd/CdtrRefInf`. */
  reference?: string | null;
  /** Free text (`Ustrd`). */
  text?: string | null;
  /** The payer (credit) or the beneficiary (debit). */
  name?: string | null;
  iban?: string | null;
  endToEndId?: string | null;
  /** Booked as one amount for a payment file. */
  batch?: { paymentInformationId: string; count: number } | null;
  accountServicerReference: string;
  /** Default: BOOK. */
  status?: 'BOOK' | 'PDNG';
}

export interface StatementToWrite {
  id: string;
  iban: string;
  currency?: string;
  date: string;
  openingCents: number;
  entries: EntryToWrite[];
  /** Default: computed. A wrong one makes a file whose balances do not add up. */
  closingCents?: number;
}

export const CAMT053_08 = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.08';

function balance(parent: XMLBuilder, type: string, cents: number, date: string, currency: string) {
  const bal = parent.ele('Bal');
  bal.ele('Tp').ele('CdOrPrtry').ele('Cd').txt(type);
  bal.ele('Amt', { Ccy: currency }).txt(centsToDecimal(Math.abs(cents)));
  bal.ele('CdtDbtInd').txt(cents < 0 ? 'DBIT' : 'CRDT');
  bal.ele('Dt').ele('Dt').txt(date);
}

function entry(parent: XMLBuilder, e: EntryToWrite, date: string, currency: string) {
  const ntry = parent.ele('Ntry');
  ntry.ele('Amt', { Ccy: currency }).txt(centsToDecimal(e.amountCents));
  ntry.ele('CdtDbtInd').txt(e.direction === 'credit' ? 'CRDT' : 'DBIT');
  ntry
    .ele('Sts')
    .ele('Cd')
    .txt(e.status ?? 'BOOK');
  ntry.ele('BookgDt').ele('Dt').txt(date);
  ntry.ele('ValDt').ele('Dt').txt(date);
  ntry.ele('AcctSvcrRef').txt(e.accountServicerReference);
  const family = e.direction === 'credit' ? 'RCDT' : 'ICDT';
  ntry
    .ele('BkTxCd')
    .ele('Domn')
    .ele('Cd')
    .txt('PMNT')
    .up()
    .ele('Fmly')
    .ele('Cd')
    .txt(family)
    .up()
    .ele('SubFmlyCd')
    .txt('ESCT');
  const details = ntry.ele('NtryDtls');
  if (e.batch)
    details
      .ele('Btch')
      .ele('PmtInfId')
      .txt(e.batch.paymentInformationId)
      .up()
      .ele('NbOfTxs')
      .txt(String(e.batch.count));
  const tx = details.ele('TxDtls');
  tx.ele('Refs')
    .ele('EndToEndId')
    .txt(e.endToEndId ?? 'NOTPROVIDED');
  tx.ele('Amt', { Ccy: currency }).txt(centsToDecimal(e.amountCents));
  tx.ele('CdtDbtInd').txt(e.direction === 'credit' ? 'CRDT' : 'DBIT');
  if (e.name || e.iban) {
    const parties = tx.ele('RltdPties');
    const [party, account] = e.direction === 'credit' ? ['Dbtr', 'DbtrAcct'] : ['Cdtr', 'CdtrAcct'];
    if (e.name) parties.ele(party).ele('Pty').ele('Nm').txt(e.name);
    if (e.iban) parties.ele(account).ele('Id').ele('IBAN').txt(e.iban);
  }
  if (e.reference || e.text) {
    const remittance = tx.ele('RmtInf');
    if (e.text) remittance.ele('Ustrd').txt(e.text);
    if (e.reference) {
      const issuer = e.reference.startsWith('RF') ? 'ISO' : 'BBA';
      const ref = remittance.ele('Strd').ele('CdtrRefInf');
      ref.ele('Tp').ele('CdOrPrtry').ele('Cd').txt('SCOR').up().up().ele('Issr').txt(issuer);
      ref.ele('Ref').txt(e.reference);
    }
  }
}

export function statementXml(messageId: string, createdAt: string, statements: StatementToWrite[]): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(CAMT053_08, 'Document');
  const message = root.ele('BkToCstmrStmt');
  message.ele('GrpHdr').ele('MsgId').txt(messageId).up().ele('CreDtTm').txt(createdAt);
  for (const s of statements) {
    const currency = s.currency ?? 'EUR';
    const stmt = message.ele('Stmt');
    stmt.ele('Id').txt(s.id);
    stmt.ele('CreDtTm').txt(createdAt);
    stmt.ele('FrToDt').ele('FrDtTm').txt(`${s.date}T00:00:00`).up().ele('ToDtTm').txt(`${s.date}T23:59:59`);
    stmt.ele('Acct').ele('Id').ele('IBAN').txt(s.iban).up().up().ele('Ccy').txt(currency);
    const booked = s.entries.filter((e) => (e.status ?? 'BOOK') === 'BOOK');
    const moved = booked.reduce(
      (sum, e) => sum + (e.direction === 'credit' ? e.amountCents : -e.amountCents),
      0,
    );
    balance(stmt, 'OPBD', s.openingCents, s.date, currency);
    balance(stmt, 'CLBD', s.closingCents ?? s.openingCents + moved, s.date, currency);
    for (const e of s.entries) entry(stmt, e, s.date, currency);
  }
  return root.end({ prettyPrint: true });
}
