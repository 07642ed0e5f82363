import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { create } from 'xmlbuilder2';
import { DomainError, SEPA_TEXT, translator } from '@partage/domain';
import { buildPain001, type Pain001Input, type Pain001Transfer } from './sepa/build-pain001.ts';

const here = dirname(fileURLToPath(import.meta.url));
const XSD = join(here, 'sepa', 'pain.001.001.09.xsd');
const work = mkdtempSync(join(tmpdir(), 'pain001-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let files = 0;
/** xmllint's verdict on a file against the project's schema: null when valid, else its complaint. */
function schemaErrors(xml: string): string | null {
  const file = join(work, `file-${++files}.xml`);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

function transfer(overrides: Partial<Pain001Transfer> = {}): Pain001Transfer {
  return {
    endToEndId: 'BE-PA-SAL-00000001',
    amountCents: 123_456,
    creditorName: 'Zoé Lefèvre',
    iban: 'BE71 0961 2345 6769',
    bic: null,
    remittance: 'Salaire et frais PS-BE-PA-2026-000012 période 02/03/2026 - 06/03/2026',
    purpose: 'SALA',
    ...overrides,
  };
}

function input(overrides: Partial<Pain001Input> = {}): Pain001Input {
  return {
    messageId: 'BE-PA-SCT-20260316-000001',
    createdAt: new Date('2026-03-16T09:30:00Z'),
    initiatingParty: { name: 'Productions Associées', country: 'BE', enterpriseNumber: '0896.755.397' },
    debtor: { name: 'Productions Associées', country: 'BE', iban: 'BE68539007547034', bic: 'GKCCBEBB' },
    blocks: [
      {
        paymentInformationId: 'BE-PA-SCT-20260316-000001-01',
        requestedExecutionDate: '2026-03-16',
        transfers: [
          transfer(),
          transfer({
            endToEndId: 'BE-PA-SAL-00000002',
            amountCents: 98_765,
            creditorName: 'Jürgen Weiß & Søn',
            iban: 'FR7630006000011234567890189',
            bic: 'AGRIFRPP',
          }),
        ],
      },
      {
        paymentInformationId: 'BE-PA-SCT-20260316-000001-02',
        requestedExecutionDate: '2026-03-17',
        transfers: [
          transfer({
            endToEndId: 'BE-COOP-REF-00000003',
            amountCents: 5_700,
            creditorName: 'Anne Dubois',
            iban: 'BE62510007547061',
            remittance: 'Remboursement de parts exercice 2025',
            purpose: null,
          }),
        ],
      },
    ],
    ...overrides,
  };
}

type Obj = Record<string, unknown>;
const asArray = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

describe('pain.001.001.09 builder', () => {
  it('builds a file the schema accepts, one block per execution date', () => {
    const xml = buildPain001(input());
    expect(schemaErrors(xml)).toBeNull();
    expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"');
    const doc = create(xml).end({ format: 'object' }) as Obj;
    const root = (doc.Document as Obj).CstmrCdtTrfInitn as Obj;
    const header = root.GrpHdr as Obj;
    expect(header).toMatchObject({
      MsgId: 'BE-PA-SCT-20260316-000001',
      CreDtTm: '2026-03-16T09:30:00Z',
      NbOfTxs: '3',
      CtrlSum: '2279.21',
      InitgPty: {
        Nm: 'Productions Associees',
        Id: { OrgId: { Othr: { Id: '0896755397', Issr: 'KBO-BCE' } } },
      },
    });
    const blocks = asArray(root.PmtInf as Obj[]);
    expect(blocks.map((b) => [b.PmtInfId, (b.ReqdExctnDt as Obj).Dt, b.NbOfTxs, b.CtrlSum])).toEqual([
      ['BE-PA-SCT-20260316-000001-01', '2026-03-16', '2', '2222.21'],
      ['BE-PA-SCT-20260316-000001-02', '2026-03-17', '1', '57.00'],
    ]);
    const first = blocks[0]!;
    expect(first).toMatchObject({
      PmtMtd: 'TRF',
      BtchBookg: 'true',
      PmtTpInf: { SvcLvl: { Cd: 'SEPA' } },
      Dbtr: { Nm: 'Productions Associees', PstlAdr: { Ctry: 'BE' } },
      DbtrAcct: { Id: { IBAN: 'BE68539007547034' } },
      DbtrAgt: { FinInstnId: { BICFI: 'GKCCBEBB' } },
      ChrgBr: 'SLEV',
    });
    const [salary, foreign] = asArray(first.CdtTrfTxInf as Obj[]);
    expect(salary).toMatchObject({
      PmtId: { EndToEndId: 'BE-PA-SAL-00000001' },
      Amt: { InstdAmt: { '@Ccy': 'EUR', '#': '1234.56' } },
      Cdtr: { Nm: 'Zoe Lefevre' },
      CdtrAcct: { Id: { IBAN: 'BE71096123456769' } },
      Purp: { Cd: 'SALA' },
      RmtInf: { Ustrd: 'Salaire et frais PS-BE-PA-2026-000012 periode 02/03/2026 - 06/03/2026' },
    });
    expect(salary!.CdtrAgt).toBeUndefined();
    expect(foreign).toMatchObject({
      CdtrAgt: { FinInstnId: { BICFI: 'AGRIFRPP' } },
      Cdtr: { Nm: 'Jurgen Weiss + Son' },
    });
    const refund = asArray(blocks[1]!.CdtTrfTxInf as Obj | Obj[])[0]!;
    expect(refund.Purp).toBeUndefined();
  });

  it('names the debtor agent NOTPROVIDED when the entity has no BIC', () => {
    const xml = buildPain001(input({ debtor: { ...input().debtor, bic: null } }));
    expect(schemaErrors(xml)).toBeNull();
    expect(xml).toMatch(/<DbtrAgt>\s*<FinInstnId>\s*<Othr>\s*<Id>NOTPROVIDED<\/Id>/);
  });

  it('refuses bad IBANs and BICs before building, naming each order and beneficiary', () => {
    const bad = input();
    bad.blocks[0]!.transfers[0]!.iban = 'BE71 0961 2345 6760';
    bad.blocks[0]!.transfers[1]!.bic = 'NOTABIC';
    bad.blocks[1]!.transfers[0]!.iban = 'US12345678901234';
    let error: unknown;
    try {
      buildPain001(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const issues = (error as DomainError).issues;
    expect(issues).toEqual([
      {
        field: 'orders.BE-PA-SAL-00000001.iban',
        code: 'payments.order.iban_invalid',
        params: { beneficiary: 'Zoé Lefèvre', endToEndId: 'BE-PA-SAL-00000001' },
      },
      {
        field: 'orders.BE-PA-SAL-00000002.bic',
        code: 'payments.order.bic_invalid',
        params: { beneficiary: 'Jürgen Weiß & Søn', endToEndId: 'BE-PA-SAL-00000002' },
      },
      {
        field: 'orders.BE-COOP-REF-00000003.iban',
        code: 'payments.order.iban_invalid',
        params: { beneficiary: 'Anne Dubois', endToEndId: 'BE-COOP-REF-00000003' },
      },
    ]);
    expect(translator.t('fr', issues[0]!.code, issues[0]!.params)).toBe(
      "L'IBAN de Zoé Lefèvre (ordre BE-PA-SAL-00000001) n'est pas valable : corrigez-le avant d'exporter le fichier.",
    );
  });

  it("refuses the entity's own bad account", () => {
    expect(() => buildPain001(input({ debtor: { ...input().debtor, iban: '' } }))).toThrow(DomainError);
  });
});

describe('the schema refuses what the EPC rules forbid', () => {
  const valid = buildPain001(input());

  it('accepts the valid file (control)', () => {
    expect(schemaErrors(valid)).toBeNull();
  });

  it('an EndToEndId of 36 characters', () => {
    const xml = valid.replace(
      '<EndToEndId>BE-PA-SAL-00000001</EndToEndId>',
      `<EndToEndId>${'E'.repeat(36)}</EndToEndId>`,
    );
    expect(xml).not.toBe(valid);
    expect(schemaErrors(xml)).toMatch(/EndToEndId/);
    // 35 is fine.
    expect(
      schemaErrors(valid.replace('BE-PA-SAL-00000001</EndToEndId>', `${'E'.repeat(35)}</EndToEndId>`)),
    ).toBeNull();
  });

  it('an amount with 3 decimals', () => {
    const xml = valid.replace('>1234.56</InstdAmt>', '>1234.567</InstdAmt>');
    expect(xml).not.toBe(valid);
    expect(schemaErrors(xml)).toMatch(/InstdAmt/);
  });

  it('a malformed IBAN', () => {
    const xml = valid.replace('<IBAN>BE71096123456769</IBAN>', '<IBAN>be71 0961 2345 6769</IBAN>');
    expect(xml).not.toBe(valid);
    expect(schemaErrors(xml)).toMatch(/IBAN/);
  });

  it('a missing requested execution date', () => {
    const xml = valid.replace(/<ReqdExctnDt>\s*<Dt>2026-03-16<\/Dt>\s*<\/ReqdExctnDt>/, '');
    expect(xml).not.toBe(valid);
    expect(schemaErrors(xml)).toMatch(/ReqdExctnDt|Dbtr/);
  });

  it('another currency, another charge bearer, a character outside the SEPA set', () => {
    expect(schemaErrors(valid.replace('Ccy="EUR"', 'Ccy="USD"'))).toMatch(/Ccy/);
    expect(schemaErrors(valid.replace('<ChrgBr>SLEV</ChrgBr>', '<ChrgBr>DEBT</ChrgBr>'))).toMatch(/ChrgBr/);
    expect(schemaErrors(valid.replace('<Nm>Anne Dubois</Nm>', '<Nm>Anne Dubois &amp; Co</Nm>'))).toMatch(
      /Nm/,
    );
    expect(schemaErrors(valid.replace('<Cd>SEPA</Cd>', '<Cd>URGP</Cd>'))).toMatch(/Cd/);
  });
});

describe('property: any set of orders makes a valid file', () => {
  it('control sums, counts and texts always pass the schema', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }).map((s) => `A ${s}`);
    const order = fc.record({
      date: fc.constantFrom('2026-03-16', '2026-03-17', '2026-04-07'),
      amountCents: fc.integer({ min: 1, max: 99_999_999_999 }),
      name,
      remittance: name,
      bic: fc.constantFrom(null, 'GKCCBEBB', 'AGRIFRPPXXX'),
    });
    fc.assert(
      fc.property(fc.array(order, { minLength: 1, maxLength: 12 }), (orders) => {
        const dates = [...new Set(orders.map((o) => o.date))].sort();
        const file = input({
          blocks: dates.map((date, i) => ({
            paymentInformationId: `BE-PA-SCT-20260316-000009-0${i + 1}`,
            requestedExecutionDate: date,
            transfers: orders
              .map((o, n) => ({ o, n }))
              .filter(({ o }) => o.date === date)
              .map(({ o, n }) =>
                transfer({
                  endToEndId: `BE-PA-SAL-${String(n + 1).padStart(8, '0')}`,
                  amountCents: o.amountCents,
                  creditorName: o.name,
                  remittance: o.remittance,
                  bic: o.bic,
                }),
              ),
          })),
        });
        const xml = buildPain001(file);
        expect(schemaErrors(xml)).toBeNull();
        const total = orders.reduce((s, o) => s + o.amountCents, 0);
        const header = xml.match(/<GrpHdr>[\s\S]*?<\/GrpHdr>/)![0];
        expect(header).toContain(`<NbOfTxs>${orders.length}</NbOfTxs>`);
        expect(header).toContain(
          `<CtrlSum>${Math.floor(total / 100)}.${String(total % 100).padStart(2, '0')}</CtrlSum>`,
        );
        for (const [, text] of xml.matchAll(/<(?:Nm|Ustrd)>([^<]*)</g))
          expect(SEPA_TEXT.test(text!.replaceAll('&apos;', "'"))).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe('messages of the payment use cases', () => {
  it('every payments.* code raised on the server has a message in the four languages', () => {
    const codes = new Set<string>();
    for (const file of readdirSync(here, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      for (const m of readFileSync(join(here, file), 'utf8').matchAll(/'(payments\.[a-z_]+(?:\.[a-z_]+)*)'/g))
        codes.add(m[1]!);
    }
    expect(codes.size).toBeGreaterThan(5);
    expect([...codes].filter((code) => !translator.has(code))).toEqual([]);
  });
});
