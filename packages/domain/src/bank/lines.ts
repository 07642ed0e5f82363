/**
 * From a statement's entries to the lines the cooperative reconciles. An entry is what the bank booked in
 * one amount; it may hold several transactions:
 * - a payment file (pain.001) the bank booked as one debit (`Btch` with the file's payment information id)
 *   stays one line: it is confirmed as a whole;
 * - otherwise, several transactions whose own amounts add up to the entry become one line each (several
 *   clients' transfers reported in one entry);
 * - else the entry is one line, with the references and texts of all its transactions.
 */
import type { CamtEntry, CamtStatement, CamtTransactionDetails, Direction } from './camt053.ts';
import { paymentReferences } from './references.ts';

export interface BankLine {
  entryIndex: number;
  /** 0 for a whole entry, else the 1-based position of the transaction in the entry. */
  detailIndex: number;
  direction: Direction;
  /** Positive. */
  amountCents: number;
  bookingDate: string;
  valueDate: string | null;
  /** The payer of a credit, the beneficiary of a debit. */
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** What the payer wrote (free text and structured references), on one line. */
  remittanceText: string;
  /** Valid payment references, in electronic form (12 digits, or `RF…`). */
  references: string[];
  endToEndId: string | null;
  /** The payment information id of a payment file booked as one amount. */
  batchId: string | null;
  batchCount: number | null;
  accountServicerReference: string | null;
  /**
   * What makes the line the same line when a bank reports it again in another file (a monthly statement
   * after the daily ones): the account, the dates, the amount, the references and texts, and its rank among
   * identical lines of the statement. Hash it to store it.
   */
  fingerprintSource: string;
}

const MAX_TEXT = 1000;

function counterparty(direction: Direction, details: readonly CamtTransactionDetails[]) {
  for (const d of details) {
    const party = direction === 'credit' ? d.debtor : d.creditor;
    if (party.name || party.iban) return party;
  }
  return { name: null, iban: null };
}

function remittanceOf(details: readonly CamtTransactionDetails[], entry: CamtEntry): string {
  const parts: string[] = [];
  for (const d of details) {
    parts.push(...d.unstructured);
    parts.push(...d.structured.map((s) => s.reference));
  }
  if (parts.length === 0) {
    for (const d of details) if (d.additionalInfo) parts.push(d.additionalInfo);
    if (entry.additionalInfo) parts.push(entry.additionalInfo);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
}

/** The payment information id of a debit booked as one amount: the batch's, or the one its transactions share. */
function batchIdOf(entry: CamtEntry): string | null {
  if (entry.batch?.paymentInformationId) return entry.batch.paymentInformationId;
  const ids = new Set(entry.details.map((d) => d.paymentInformationId));
  const [only] = [...ids];
  return ids.size === 1 && only ? only : null;
}

function lineOf(
  entry: CamtEntry,
  detailIndex: number,
  amountCents: number,
  details: readonly CamtTransactionDetails[],
): Omit<BankLine, 'fingerprintSource'> {
  const party = counterparty(entry.direction, details);
  const batchId = entry.direction === 'debit' && detailIndex === 0 ? batchIdOf(entry) : null;
  const texts = details.flatMap((d) => d.unstructured);
  if (details.length === 0 && entry.additionalInfo) texts.push(entry.additionalInfo);
  return {
    entryIndex: entry.index,
    detailIndex,
    direction: entry.direction,
    amountCents,
    bookingDate: entry.bookingDate,
    valueDate: entry.valueDate,
    counterpartyName: party.name,
    counterpartyIban: party.iban,
    remittanceText: remittanceOf(details, entry),
    references: paymentReferences(
      details.flatMap((d) => d.structured),
      texts,
    ),
    endToEndId: details.length === 1 ? details[0]!.endToEndId : null,
    batchId,
    batchCount: batchId ? (entry.batch?.numberOfTransactions ?? null) : null,
    accountServicerReference:
      (details.length === 1 ? details[0]!.accountServicerReference : null) ?? entry.accountServicerReference,
  };
}

/** Whether an entry's transactions can stand as lines of their own. */
function splits(entry: CamtEntry): boolean {
  if (entry.details.length < 2) return false;
  if (entry.direction === 'debit' && entry.batch?.paymentInformationId) return false;
  if (entry.details.some((d) => d.amountCents === null || d.amountCents <= 0)) return false;
  return entry.details.reduce((sum, d) => sum + d.amountCents!, 0) === entry.amountCents;
}

/** The lines of a statement, each with what identifies it across files. */
export function bankLinesOf(statement: CamtStatement): BankLine[] {
  const raw: Array<Omit<BankLine, 'fingerprintSource'>> = [];
  for (const entry of statement.entries) {
    if (splits(entry)) {
      entry.details.forEach((d, i) => raw.push(lineOf(entry, i + 1, d.amountCents!, [d])));
    } else {
      raw.push(lineOf(entry, 0, entry.amountCents, entry.details));
    }
  }
  const seen = new Map<string, number>();
  return raw.map((line) => {
    const key = [
      statement.iban ?? statement.otherAccountId ?? '',
      line.bookingDate,
      line.valueDate ?? '',
      line.direction,
      line.amountCents,
      line.accountServicerReference ?? '',
      line.endToEndId ?? '',
      line.batchId ?? '',
      line.counterpartyIban ?? '',
      line.counterpartyName ?? '',
      line.remittanceText,
      line.detailIndex,
    ].join('|');
    const rank = (seen.get(key) ?? 0) + 1;
    seen.set(key, rank);
    return { ...line, fingerprintSource: `${key}|${rank}` };
  });
}
