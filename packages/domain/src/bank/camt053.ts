/**
 * Reader of ISO 20022 bank-to-customer statements (camt.053): the end-of-day statements banks give for each
 * account, from which payments received and made are reconciled.
 *
 * Versions camt.053.001.02 to camt.053.001.13 are read, detected from the document's namespace; any other
 * namespace is refused (`bank.camt.unknown_version`). The elements read kept their place across these
 * versions, except two that the reader takes in both shapes: the entry status (a code until .06, `Sts/Cd`
 * from .07 on) and the related parties (`Dbtr/Nm` until .07, `Dbtr/Pty/Nm` from .08 on).
 *
 * What it checks, so that a damaged or edited file never half-reaches the books:
 * - the file is well-formed XML (a truncated file is not): `bank.camt.malformed`;
 * - every amount is a whole number of cents: `bank.camt.amount_decimals` (naming the entry);
 * - opening balance (OPBD or PRCD) + booked entries = closing balance (CLBD), when the statement gives both:
 *   `bank.camt.balance_mismatch`.
 * Only booked entries (status BOOK) are kept; pending ones (PDNG) and information-only ones are counted
 * and left out, as they are not on the account yet. Every error names the file, the statement and the entry.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomainError, type MessageParams } from '../errors.ts';
import { centsToDecimal } from '../ledger/entry.ts';
import { decimalToCents } from './amounts.ts';
import type { StructuredRemittance } from './references.ts';

export const CAMT053_VERSIONS = [
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
] as const;
export type Camt053Version = `camt.053.001.${(typeof CAMT053_VERSIONS)[number]}`;

export type Direction = 'credit' | 'debit';

export interface CamtBalance {
  /** OPBD (opening booked), PRCD (previously closed booked), CLBD (closing booked), or another code. */
  type: string;
  /** Signed: negative when the account is overdrawn (DBIT). */
  amountCents: number;
  date: string | null;
}

export interface CamtParty {
  name: string | null;
  iban: string | null;
}

export interface CamtTransactionDetails {
  /** The transaction's own amount, when the bank gives it (several transactions in one entry). */
  amountCents: number | null;
  endToEndId: string | null;
  paymentInformationId: string | null;
  accountServicerReference: string | null;
  debtor: CamtParty;
  creditor: CamtParty;
  structured: StructuredRemittance[];
  unstructured: string[];
  additionalInfo: string | null;
}

export interface CamtEntry {
  /** 1-based position of the entry in its statement (pending entries included), to name it in messages. */
  index: number;
  entryReference: string | null;
  accountServicerReference: string | null;
  amountCents: number;
  currency: string | null;
  direction: Direction;
  bookingDate: string;
  valueDate: string | null;
  /** A batch booked as one amount: the payment information id of the payment file, and its count. */
  batch: { paymentInformationId: string | null; numberOfTransactions: number | null } | null;
  details: CamtTransactionDetails[];
  additionalInfo: string | null;
}

export interface CamtStatement {
  id: string;
  electronicSequence: string | null;
  legalSequence: string | null;
  createdAt: string | null;
  fromDate: string | null;
  toDate: string | null;
  iban: string | null;
  /** The account's other identification when it has no IBAN. */
  otherAccountId: string | null;
  currency: string | null;
  opening: CamtBalance | null;
  closing: CamtBalance | null;
  /** Booked entries only. */
  entries: CamtEntry[];
  /** Entries left out: pending (PDNG) or for information. */
  skippedEntries: number;
}

export interface CamtDocument {
  fileName: string;
  version: Camt053Version;
  messageId: string | null;
  createdAt: string | null;
  statements: CamtStatement[];
}

type Node = Record<string, unknown>;

const REPEATED = new Set(['Stmt', 'Bal', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd', 'Strd', 'AddtlTxInf']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATED.has(name),
});

const NAMESPACE =
  /xmlns(?::[\w.-]+)?\s*=\s*["'](urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\.\d{3}\.\d{3}\.\d{2}))["']/g;

function fail(code: string, params: MessageParams): never {
  throw new DomainError(code, [{ field: 'xml', code, params }], params, 422);
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The child at a path, taking the first element of repeated ones. */
function at(node: unknown, ...path: string[]): unknown {
  let current = node;
  for (const name of path) {
    if (Array.isArray(current)) current = current[0];
    if (!isNode(current)) return undefined;
    current = current[name];
  }
  return Array.isArray(current) ? current[0] : current;
}

function list(node: unknown, name: string): unknown[] {
  if (!isNode(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of an element (with or without attributes), collapsed to single spaces; null when empty. */
function text(node: unknown): string | null {
  const raw = isNode(node) ? node['#text'] : node;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const value = String(raw).replace(/\s+/g, ' ').trim();
  return value === '' ? null : value;
}

function textAt(node: unknown, ...path: string[]): string | null {
  return text(at(node, ...path));
}

function attribute(node: unknown, name: string): string | null {
  return isNode(node) && typeof node[`@_${name}`] === 'string' ? (node[`@_${name}`] as string).trim() : null;
}

/** `Dt` or `DtTm` inside a date choice, as `YYYY-MM-DD` (the date as the bank wrote it). */
function dateOf(node: unknown): string | null {
  const value = textAt(node, 'Dt') ?? textAt(node, 'DtTm') ?? text(node);
  if (!value) return null;
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return match ? match[1]! : null;
}

/** A status: a code (`BOOK`) until camt.053.001.06, `Cd` or `Prtry` from .07. */
function statusOf(node: unknown): string | null {
  return text(node) ?? textAt(node, 'Cd') ?? textAt(node, 'Prtry');
}

/** A party: `Nm` directly until .07, inside `Pty` from .08 on. */
function partyName(node: unknown): string | null {
  return textAt(node, 'Nm') ?? textAt(node, 'Pty', 'Nm');
}

function ibanOf(account: unknown): string | null {
  const iban = textAt(account, 'Id', 'IBAN');
  return iban ? iban.replace(/\s/g, '').toUpperCase() : null;
}

/** The version from the namespaces the file declares; anything but camt.053.001.02 to .13 is refused. */
export function camt053Version(xml: string, fileName: string): Camt053Version {
  const namespaces = [...xml.matchAll(NAMESPACE)].map((m) => ({ uri: m[1]!, message: m[2]! }));
  const statement = namespaces.find((ns) => ns.message.startsWith('camt.053.'));
  const version = statement?.message.slice('camt.053.001.'.length);
  if (
    !statement ||
    !statement.message.startsWith('camt.053.001.') ||
    !(CAMT053_VERSIONS as readonly string[]).includes(version!)
  ) {
    fail('bank.camt.unknown_version', {
      file: fileName,
      namespace: statement?.uri ?? namespaces[0]?.uri ?? '—',
    });
  }
  return statement.message as Camt053Version;
}

interface Where {
  file: string;
  statement: string;
  entry?: string;
}

function cents(value: string | null, where: Where, what: string): number {
  if (value === null) fail('bank.camt.missing', { ...where, entry: where.entry ?? '—', element: what });
  const parsed = decimalToCents(value);
  if (parsed.ok) return parsed.cents;
  const code = parsed.problem === 'decimals' ? 'bank.camt.amount_decimals' : 'bank.camt.amount_invalid';
  fail(code, { ...where, entry: where.entry ?? '—', amount: value });
}

function direction(node: unknown, where: Where): Direction {
  const code = textAt(node, 'CdtDbtInd');
  if (code === 'CRDT') return 'credit';
  if (code === 'DBIT') return 'debit';
  fail('bank.camt.missing', { ...where, entry: where.entry ?? '—', element: 'CdtDbtInd' });
}

function balanceOf(node: unknown, where: Where): CamtBalance {
  const type = textAt(node, 'Tp', 'CdOrPrtry', 'Cd') ?? textAt(node, 'Tp', 'CdOrPrtry', 'Prtry') ?? '';
  const amount = cents(text(at(node, 'Amt')), where, `Bal/${type}/Amt`);
  return {
    type,
    amountCents: direction(node, where) === 'debit' ? -amount : amount,
    date: dateOf(at(node, 'Dt')),
  };
}

function detailsOf(node: unknown, where: Where): CamtTransactionDetails {
  const amountText = text(at(node, 'Amt')) ?? text(at(node, 'AmtDtls', 'TxAmt', 'Amt'));
  const endToEnd = textAt(node, 'Refs', 'EndToEndId');
  const parties = at(node, 'RltdPties');
  const remittance = at(node, 'RmtInf');
  const structured: StructuredRemittance[] = [];
  for (const strd of list(remittance, 'Strd')) {
    const reference = textAt(strd, 'CdtrRefInf', 'Ref');
    if (reference) structured.push({ scheme: textAt(strd, 'CdtrRefInf', 'Tp', 'Issr'), reference });
  }
  return {
    amountCents: amountText === null ? null : cents(amountText, where, 'TxDtls/Amt'),
    endToEndId: endToEnd && endToEnd.toUpperCase() !== 'NOTPROVIDED' ? endToEnd : null,
    paymentInformationId: textAt(node, 'Refs', 'PmtInfId'),
    accountServicerReference: textAt(node, 'Refs', 'AcctSvcrRef'),
    debtor: { name: partyName(at(parties, 'Dbtr')), iban: ibanOf(at(parties, 'DbtrAcct')) },
    creditor: { name: partyName(at(parties, 'Cdtr')), iban: ibanOf(at(parties, 'CdtrAcct')) },
    structured,
    unstructured: list(remittance, 'Ustrd')
      .map(text)
      .filter((t): t is string => t !== null),
    additionalInfo:
      list(node, 'AddtlTxInf')
        .map(text)
        .filter((t): t is string => t !== null)
        .join(' ') || null,
  };
}

function entryOf(node: unknown, index: number, where: Where): CamtEntry | null {
  const reference = textAt(node, 'AcctSvcrRef') ?? textAt(node, 'NtryRef');
  const here = { ...where, entry: reference ? `${index} (${reference})` : String(index) };
  const amountNode = at(node, 'Amt');
  const amountCents = cents(text(amountNode), here, 'Ntry/Amt');
  const dir = direction(node, here);
  const details: CamtTransactionDetails[] = [];
  let batch: CamtEntry['batch'] = null;
  for (const group of list(node, 'NtryDtls')) {
    const btch = at(group, 'Btch');
    if (btch !== undefined) {
      const count = textAt(btch, 'NbOfTxs');
      batch = {
        paymentInformationId: textAt(btch, 'PmtInfId'),
        numberOfTransactions: count && /^\d+$/.test(count) ? Number(count) : null,
      };
    }
    for (const tx of list(group, 'TxDtls')) details.push(detailsOf(tx, here));
  }
  // Amounts are checked on every entry, pending ones included: a damaged amount is a damaged file.
  const status = statusOf(at(node, 'Sts'));
  if (status !== 'BOOK') return null;
  const bookingDate = dateOf(at(node, 'BookgDt'));
  if (!bookingDate) fail('bank.camt.missing', { ...here, element: 'BookgDt' });
  return {
    index,
    entryReference: textAt(node, 'NtryRef'),
    accountServicerReference: textAt(node, 'AcctSvcrRef'),
    amountCents,
    currency: attribute(amountNode, 'Ccy'),
    direction: dir,
    bookingDate,
    valueDate: dateOf(at(node, 'ValDt')),
    batch,
    details,
    additionalInfo: textAt(node, 'AddtlNtryInf'),
  };
}

function statementOf(node: unknown, position: number, fileName: string): CamtStatement {
  const id = textAt(node, 'Id') ?? `#${position}`;
  const where: Where = { file: fileName, statement: id };
  const balances = list(node, 'Bal').map((b) => balanceOf(b, where));
  const opening = balances.find((b) => b.type === 'OPBD') ?? balances.find((b) => b.type === 'PRCD') ?? null;
  const closing = balances.find((b) => b.type === 'CLBD') ?? null;
  const entries: CamtEntry[] = [];
  let skipped = 0;
  list(node, 'Ntry').forEach((entry, i) => {
    const read = entryOf(entry, i + 1, where);
    if (read) entries.push(read);
    else skipped += 1;
  });
  if (opening && closing) {
    const moved = entries.reduce(
      (sum, e) => sum + (e.direction === 'credit' ? e.amountCents : -e.amountCents),
      0,
    );
    if (opening.amountCents + moved !== closing.amountCents) {
      fail('bank.camt.balance_mismatch', {
        ...where,
        opening: centsToDecimal(opening.amountCents),
        entries: centsToDecimal(moved),
        closing: centsToDecimal(closing.amountCents),
      });
    }
  }
  const account = at(node, 'Acct');
  const amountCurrency = attribute(at(node, 'Bal', 'Amt'), 'Ccy') ?? entries[0]?.currency ?? null;
  return {
    id,
    electronicSequence: textAt(node, 'ElctrncSeqNb'),
    legalSequence: textAt(node, 'LglSeqNb'),
    createdAt: textAt(node, 'CreDtTm'),
    fromDate: dateOf(at(node, 'FrToDt', 'FrDtTm')),
    toDate: dateOf(at(node, 'FrToDt', 'ToDtTm')),
    iban: ibanOf(account),
    otherAccountId: textAt(account, 'Id', 'Othr', 'Id'),
    currency: textAt(account, 'Ccy') ?? amountCurrency,
    opening,
    closing,
    entries,
    skippedEntries: skipped,
  };
}

/** Finds `BkToCstmrStmt` under the root (a `Document`, possibly inside a business message envelope). */
function findStatementMessage(root: unknown, depth = 0): Node | null {
  if (!isNode(root) || depth > 3) return null;
  const direct = root['BkToCstmrStmt'];
  if (isNode(direct)) return direct;
  for (const [key, value] of Object.entries(root)) {
    if (key.startsWith('@_') || key.startsWith('?')) continue;
    const found = findStatementMessage(Array.isArray(value) ? value[0] : value, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Reads a camt.053 file. Throws a `DomainError` whose code says what is wrong (`bank.camt.*`) and whose
 * params name the file, the statement and the entry.
 */
export function parseCamt053(xml: string, fileName: string): CamtDocument {
  const file = fileName;
  const body = xml.replace(/^\uFEFF/, '');
  if (body.trim() === '') fail('bank.camt.malformed', { file, line: 1 });
  // Bank files never carry a document type: refusing it keeps entity expansion out entirely.
  if (/<!DOCTYPE/i.test(body)) fail('bank.camt.malformed', { file, line: 1 });
  const valid = XMLValidator.validate(body);
  if (valid !== true) fail('bank.camt.malformed', { file, line: valid.err.line });
  const version = camt053Version(body, file);
  let root: unknown;
  try {
    root = parser.parse(body);
  } catch {
    fail('bank.camt.malformed', { file, line: 1 });
  }
  const message = findStatementMessage(root);
  if (!message) fail('bank.camt.malformed', { file, line: 1 });
  const statements = list(message, 'Stmt').map((s, i) => statementOf(s, i + 1, file));
  if (statements.length === 0) fail('bank.camt.no_statement', { file });
  return {
    fileName: file,
    version,
    messageId: textAt(message, 'GrpHdr', 'MsgId'),
    createdAt: textAt(message, 'GrpHdr', 'CreDtTm'),
    statements,
  };
}
