import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { translator } from '../i18n/messages.ts';
import { parseCamt053, type CamtDocument } from './camt053.ts';
import { bankLinesOf } from './lines.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const V02 = fixture('statements-v02.xml');
const V08 = fixture('statement-v08-prefixed.xml');
const V04 = fixture('statement-v04.xml');

/** The error a parse throws: its code and params, and its English message. */
function failure(xml: string, file = 'statement.xml') {
  try {
    parseCamt053(xml, file);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const e = error as DomainError;
    expect(e.status).toBe(422);
    expect(e.issues[0]).toMatchObject({ field: 'xml', code: e.code });
    return { code: e.code, params: e.params, message: translator.t('en', e.code, e.params) };
  }
  throw new Error('expected the file to be refused');
}

describe('camt.053.001.02: several accounts and days in one file', () => {
  const doc: CamtDocument = parseCamt053(V02, 'CAMT_20260211.xml');

  it('reads the version, the group header and every statement with its account and balances', () => {
    expect(doc.version).toBe('camt.053.001.02');
    expect(doc.messageId).toBe('CAMT053-20260211-0001');
    expect(doc.statements.map((s) => [s.id, s.iban, s.currency])).toEqual([
      ['2026-041-BE71', 'BE71096123456769', 'EUR'],
      ['2026-042-BE71', 'BE71096123456769', 'EUR'],
      ['2026-041-BE68', 'BE68539007547034', 'EUR'],
    ]);
    const [first, second, third] = doc.statements;
    expect(first).toMatchObject({
      electronicSequence: '41',
      legalSequence: '41',
      fromDate: '2026-02-10',
      toDate: '2026-02-10',
      opening: { type: 'OPBD', amountCents: 1_500_000, date: '2026-02-09' },
      closing: { type: 'CLBD', amountCents: 1_343_845, date: '2026-02-10' },
    });
    // A previously closed balance opens the next day; amounts written without decimals or with one.
    expect(second!.opening).toMatchObject({ type: 'PRCD', amountCents: 1_343_845 });
    expect(third!.opening!.amountCents).toBe(200_000);
    expect(third!.closing!.amountCents).toBe(203_000);
  });

  it('keeps booked entries only: the pending one is counted and left out', () => {
    const first = doc.statements[0]!;
    expect(first.entries.map((e) => e.index)).toEqual([1, 2, 4, 5]);
    expect(first.skippedEntries).toBe(1);
    expect(first.entries.map((e) => [e.direction, e.amountCents])).toEqual([
      ['credit', 108_900],
      ['credit', 50_000],
      ['debit', 321_055],
      ['credit', 6000],
    ]);
    expect(first.entries[3]).toMatchObject({ bookingDate: '2026-02-10', valueDate: '2026-02-11' });
  });

  it('reads the payer, the BBA structured reference and the end-to-end id (NOTPROVIDED is none)', () => {
    const [line] = bankLinesOf(doc.statements[0]!);
    expect(line).toMatchObject({
      direction: 'credit',
      amountCents: 108_900,
      counterpartyName: 'COMPAGNIE DU VENT ASBL',
      counterpartyIban: 'BE62510007547061',
      references: ['200000012394'],
      endToEndId: null,
      accountServicerReference: '0410001',
    });
  });

  it('finds several structured communications inside the free text, with messy spaces and both fences', () => {
    const line = bankLinesOf(doc.statements[0]!)[1]!;
    expect(line.references).toEqual(['200000012495', '200000012596']);
    expect(line.remittanceText).toBe(
      'Factuur BE-PA-2026-000124 +++200/0000/12495+++ en ***200 / 0000 / 12596***',
    );
    expect(line.endToEndId).toBe('GENT-2026-88812');
  });

  it('reads 12 bare digits valid modulo 97 as a structured communication', () => {
    const line = bankLinesOf(doc.statements[0]!)[3]!;
    expect(line.references).toEqual(['200000012697']);
    expect(line.counterpartyName).toBe('M. & Mme Leroy-Dupont');
  });

  it('keeps a payment batch booked as one debit as one line, with its payment information id', () => {
    const batch = doc.statements[0]!.entries[2]!;
    expect(batch.batch).toEqual({ paymentInformationId: 'PA-20260210-1', numberOfTransactions: 3 });
    expect(batch.details.map((d) => [d.endToEndId, d.amountCents, d.creditor.name])).toEqual([
      ['PA-SAL-000101', 100_000, 'Camille Dubois'],
      ['PA-SAL-000102', 120_055, 'Jan Peeters'],
      ['PA-SAL-000103', 101_000, 'Léa Martin'],
    ]);
    const line = bankLinesOf(doc.statements[0]!)[2]!;
    expect(line).toMatchObject({
      direction: 'debit',
      amountCents: 321_055,
      batchId: 'PA-20260210-1',
      batchCount: 3,
      endToEndId: null,
      detailIndex: 0,
    });
  });

  it('splits an entry into its transactions when their amounts add up, with an ISO 11649 reference', () => {
    const lines = bankLinesOf(doc.statements[1]!);
    expect(lines.map((l) => [l.entryIndex, l.detailIndex, l.amountCents, l.counterpartyName])).toEqual([
      [1, 1, 10_000, 'MARTIN LEA'],
      [1, 2, 20_000, 'DE VOS TOM'],
      [2, 0, 1250, null],
    ]);
    expect(lines[0]!.references).toEqual(['RF04200000012697']);
    expect(lines[0]!.accountServicerReference).toBe('0420001-1');
    expect(lines[1]!.references).toEqual(['100000004276']);
    expect(lines[1]!.remittanceText).toBe('parts sociales +++100/0000/04276+++');
    // A bank fee: no transaction details, its additional information is the text.
    expect(lines[2]!.remittanceText).toBe('Frais de gestion du compte - février');
    expect(lines[2]!.batchId).toBeNull();
  });

  it('gives every line a fingerprint that does not depend on the statement or the file', () => {
    const lines = doc.statements.flatMap(bankLinesOf);
    expect(new Set(lines.map((l) => l.fingerprintSource)).size).toBe(lines.length);
    const renamed = parseCamt053(
      V02.replace('<Id>2026-041-BE71</Id>', '<Id>MONTHLY-2026-02</Id>').replace(
        'CAMT053-20260211-0001',
        'OTHER',
      ),
      'monthly.xml',
    );
    expect(bankLinesOf(renamed.statements[0]!).map((l) => l.fingerprintSource)).toEqual(
      bankLinesOf(doc.statements[0]!).map((l) => l.fingerprintSource),
    );
  });

  it('tells identical payments of the same day apart by their rank', () => {
    const pattern = /<Ntry>\s*<NtryRef>5<\/NtryRef>[\s\S]*?<\/Ntry>/;
    const entry = pattern.exec(V02)![0].replace('<AcctSvcrRef>0410005</AcctSvcrRef>', '');
    const twice = V02.replace(pattern, entry + entry)
      .replace('13438.45', '13498.45')
      .replace('13438.45', '13498.45')
      .replace('13725.95', '13785.95');
    // The closing of the first day and both balances of the second: 60.00 more.
    const lines = bankLinesOf(parseCamt053(twice, 'twice.xml').statements[0]!);
    const sixty = lines.filter((l) => l.amountCents === 6000);
    expect(sixty).toHaveLength(2);
    expect(sixty[0]!.fingerprintSource).not.toBe(sixty[1]!.fingerprintSource);
    expect(sixty[0]!.fingerprintSource.endsWith('|1')).toBe(true);
    expect(sixty[1]!.fingerprintSource.endsWith('|2')).toBe(true);
  });
});

describe('camt.053.001.08 with a namespace prefix', () => {
  const doc = parseCamt053(V08, 'bank-export.xml');

  it('reads status codes, parties inside Pty, booking date-times and a negative opening balance', () => {
    expect(doc.version).toBe('camt.053.001.08');
    const statement = doc.statements[0]!;
    expect(statement.opening!.amountCents).toBe(-10_000);
    expect(statement.closing!.amountCents).toBe(98_900);
    expect(statement.entries).toHaveLength(1);
    expect(statement.skippedEntries).toBe(2);
    const [line] = bankLinesOf(statement);
    expect(line).toMatchObject({
      bookingDate: '2026-03-02',
      counterpartyName: 'Théâtre du Nord SAS',
      counterpartyIban: 'FR1420041010050500013M02606',
      references: ['RF04200000012697'],
      endToEndId: 'INV-2026-000123',
    });
  });
});

describe('camt.053.001.04 without balances', () => {
  it('reads the transaction amount, an IBAN written in groups, and a reference with wrong check digits stays text', () => {
    const doc = parseCamt053(V04, 'kbc.xml');
    expect(doc.version).toBe('camt.053.001.04');
    const statement = doc.statements[0]!;
    expect(statement).toMatchObject({
      opening: null,
      closing: null,
      iban: 'BE62510007547061',
      currency: 'EUR',
    });
    const [line] = bankLinesOf(statement);
    expect(line).toMatchObject({
      amountCents: 42_350,
      counterpartyIban: 'BE43068999999501',
      counterpartyName: 'Stad Gent - Cultuurdienst',
      endToEndId: 'E2E-4410',
    });
    // `300/0000/00712` is a valid structured communication written without fences.
    expect(line!.references).toEqual(['300000000712']);
    const wrong = bankLinesOf(
      parseCamt053(V04.replace('300/0000/00712', '300/0000/00713'), 'kbc.xml').statements[0]!,
    )[0]!;
    expect(wrong.references).toEqual([]);
    expect(wrong.remittanceText).toContain('300/0000/00713');
  });
});

describe('files refused, with the file, the statement and the entry named', () => {
  it('refuses malformed XML and a truncated file', () => {
    expect(failure('<Document><BkToCstmrStmt>', 'cut.xml')).toMatchObject({ code: 'bank.camt.malformed' });
    const truncated = V02.slice(0, Math.floor(V02.length * 0.6));
    const refused = failure(truncated, 'CAMT_20260211.xml');
    expect(refused.code).toBe('bank.camt.malformed');
    expect(refused.message).toContain('CAMT_20260211.xml');
    expect(failure('', 'empty.xml').code).toBe('bank.camt.malformed');
    expect(failure('not xml at all', 'x.xml').code).toBe('bank.camt.malformed');
  });

  it('refuses a document type (no entity expansion)', () => {
    const withDoctype = V04.replace('<Document', '<!DOCTYPE Document [<!ENTITY a "aaaaaaaaaa">]><Document');
    expect(failure(withDoctype).code).toBe('bank.camt.malformed');
  });

  it('refuses unknown versions and other messages, naming the namespace', () => {
    const v01 = failure(V04.replace('camt.053.001.04', 'camt.053.001.01'), 'old.xml');
    expect(v01).toMatchObject({
      code: 'bank.camt.unknown_version',
      params: { file: 'old.xml', namespace: 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.01' },
    });
    expect(failure(V04.replace('camt.053.001.04', 'camt.052.001.04')).code).toBe('bank.camt.unknown_version');
    expect(failure(V04.replace(' xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"', '')).code).toBe(
      'bank.camt.unknown_version',
    );
    expect(failure(V04.replace('camt.053.001.04', 'camt.053.001.99')).code).toBe('bank.camt.unknown_version');
  });

  it('refuses an amount with more than two decimals, naming the entry', () => {
    const refused = failure(
      V02.replace('<Amt Ccy="EUR">500.00</Amt>', '<Amt Ccy="EUR">500.005</Amt>'),
      'f.xml',
    );
    expect(refused).toMatchObject({
      code: 'bank.camt.amount_decimals',
      params: { file: 'f.xml', statement: '2026-041-BE71', entry: '2 (0410002)', amount: '500.005' },
    });
    expect(refused.message).toBe(
      '"f.xml", statement 2026-041-BE71, entry 2 (0410002): the amount 500.005 has more than two decimals. Nothing was imported.',
    );
    // Trailing zeros are still a whole number of cents.
    expect(() => parseCamt053(V04.replace(/423\.50/g, '423.500'), 'z.xml')).not.toThrow();
  });

  it('refuses three decimals even in a pending entry or a transaction detail', () => {
    expect(failure(V02.replace('<Amt Ccy="EUR">250.00</Amt>', '<Amt Ccy="EUR">250.001</Amt>')).code).toBe(
      'bank.camt.amount_decimals',
    );
    expect(
      failure(V02.replace('<Amt Ccy="EUR">1200.55</Amt>', '<Amt Ccy="EUR">1200.555</Amt>')).params,
    ).toMatchObject({
      entry: '4 (0410004)',
    });
  });

  it('refuses what is not an amount, and an entry without direction', () => {
    expect(failure(V04.replace(/423\.50/g, '423,50')).code).toBe('bank.camt.amount_invalid');
    expect(failure(V04.replace(/423\.50/g, '-423.50')).code).toBe('bank.camt.amount_invalid');
    expect(failure(V04.replace('<CdtDbtInd>CRDT</CdtDbtInd>', ''))).toMatchObject({
      code: 'bank.camt.missing',
      params: { element: 'CdtDbtInd', statement: '77-2026-0331', entry: '1' },
    });
  });

  it('refuses a statement whose balances do not add up (an entry removed or edited)', () => {
    const edited = V02.replace('<Amt Ccy="EUR">60.00</Amt>', '<Amt Ccy="EUR">600.00</Amt>');
    const refused = failure(edited, 'edited.xml');
    expect(refused).toMatchObject({
      code: 'bank.camt.balance_mismatch',
      params: {
        file: 'edited.xml',
        statement: '2026-041-BE71',
        opening: '15000.00',
        entries: '-1021.55',
        closing: '13438.45',
      },
    });
    const removed = V02.replace(/<Ntry>\s*<NtryRef>2<\/NtryRef>[\s\S]*?<\/Ntry>/, '');
    expect(failure(removed).code).toBe('bank.camt.balance_mismatch');
  });

  it('refuses a file without statement', () => {
    const none = V04.replace(/<Stmt>[\s\S]*<\/Stmt>/, '');
    expect(failure(none, 'none.xml')).toMatchObject({
      code: 'bank.camt.no_statement',
      params: { file: 'none.xml' },
    });
  });
});
