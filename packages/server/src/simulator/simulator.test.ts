import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../testing/harness.ts';
import { today } from '../membership/queries.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** A visitor: no login, no CSRF token, just a language. */
function visitor(language = 'en') {
  return h.client(language);
}

function query(params: Record<string, string | number>) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) search.set(name, String(value));
  return `/api/v1/simulator?${search.toString()}`;
}

const TWO_DAYS = {
  entity: 'BE-PA',
  contractType: 'employee',
  amountExclVatCents: 100_000,
  days: 2,
  withholdingRateBp: 1111,
  date: '2026-03-02',
};

interface Share {
  key: string;
  label: string;
  amountCents: number;
}

describe('salary simulator (public)', () => {
  it('breaks an invoice down to the net pay, every line in the visitor language', async () => {
    const reply = await visitor('fr').get(query(TWO_DAYS));
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const r = reply.body;
    // 1,000.00 EUR for 2 days: fee 6.5 % = 65.00; budget 935.00; gross = 935.00 / 1.55 rounded down = 603.22;
    // employer cost 603.22 × 1.55 = 934.99; employee ONSS 13.07 % = 78.84; taxable 524.38; withholding
    // 11.11 % = 58.26; net 466.12.
    expect(r).toMatchObject({
      mode: 'amount',
      wishedNetCents: null,
      amountExclVatCents: 100_000,
      feeCents: 6_500,
      employmentBudgetCents: 93_500,
      grossCents: 60_322,
      employerCostCents: 93_499,
      remainderCents: 1,
      employeeContributionCents: 7_884,
      taxableCents: 52_438,
      withholdingCents: 5_826,
      netCents: 46_612,
      contractTypeLabel: expect.any(String),
    });
    const fee = r.lines.find((l: { key: string }) => l.key === 'payroll.line.fee');
    expect(fee).toMatchObject({
      label: 'Contribution mutualisée',
      base: 100_000,
      rateBp: 650,
      amount: 6_500,
      rounding: 'half-up to the cent',
    });
    expect(fee.roundingLabel).toBe('arrondi au centime le plus proche (0,5 vers le haut)');
    expect(fee.source).toBeTruthy();
    const gross = r.lines.find((l: { key: string }) => l.key === 'payroll.line.gross');
    expect(gross).toMatchObject({
      label: 'Salaire brut',
      multiplier: 15_500,
      amount: 60_322,
      roundingLabel: 'arrondi au centime inférieur',
    });
    for (const line of r.lines) {
      expect(line.label, line.key).not.toBe(line.key);
      if (line.rounding) expect(line.roundingLabel, line.key).not.toBe(line.rounding);
    }
  });

  it('gives the shares of the invoice for a chart, summing to the amount invoiced', async () => {
    const r = (await visitor('nl').get(query({ ...TWO_DAYS, expensesCents: 5_000 }))).body;
    const shares: Share[] = r.shares;
    expect(shares.map((s) => s.key)).toEqual([
      'fee',
      'employer_contributions',
      'employee_contribution',
      'withholding',
      'net',
      'expenses',
      'remainder',
    ]);
    expect(shares.reduce((sum, s) => sum + s.amountCents, 0)).toBe(r.amountExclVatCents);
    const by = Object.fromEntries(shares.map((s) => [s.key, s.amountCents]));
    expect(by.employer_contributions).toBe(r.employerCostCents - r.grossCents);
    expect(by.expenses).toBe(5_000);
    expect(by.net).toBe(r.netCents);
    expect(shares.find((s) => s.key === 'net')!.label).toBe('Nettoloon');
    expect(shares.find((s) => s.key === 'employer_contributions')!.label).toContain('Werkgeversbijdragen');
  });

  it('finds the amount to invoice for a wished net', async () => {
    const reply = await visitor().get(
      query({ ...TWO_DAYS, mode: 'net', wishedNetCents: 46_612, amountExclVatCents: 1 }),
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      mode: 'net',
      wishedNetCents: 46_612,
      netCents: 46_612,
      amountExclVatCents: 100_000,
    });
    expect(reply.body.shares.reduce((s: number, x: Share) => s + x.amountCents, 0)).toBe(100_000);
  });

  it('uses the legal minimum withholding and today when they are not given, and the student contribution for students', async () => {
    const { withholdingRateBp: _w, date: _d, ...rest } = TWO_DAYS;
    const r = (await visitor().get(query(rest))).body;
    expect(r.withholdingRateBp).toBe(1111);
    expect(r.date).toBe(today());
    const student = (await visitor('de').get(query({ ...rest, contractType: 'student' }))).body;
    expect(student.withholdingRateBp).toBe(0);
    expect(student.withholdingCents).toBe(0);
    expect(student.shares.find((s: Share) => s.key === 'employee_contribution').label).toBe(
      'Solidaritätsbeitrag Studierende',
    );
  });

  it('names the wrong field in the visitor language (422 problem+json), in French and in German', async () => {
    const fr = await visitor('fr').get(query({ ...TWO_DAYS, withholdingRateBp: 500 }));
    expect(fr.status).toBe(422);
    expect(fr.headers.get('content-type')).toContain('application/problem+json');
    expect(fr.body).toMatchObject({
      status: 422,
      code: 'validation',
      title: 'Certains champs ne sont pas valides.',
    });
    expect(fr.body.errors).toEqual([
      {
        field: 'withholdingRateBp',
        code: 'payroll.withholding.min',
        params: { min: '11.11' },
        message: "Le taux de précompte professionnel doit être d'au moins 11.11 %.",
      },
    ]);
    const de = await visitor('de').get(query({ ...TWO_DAYS, withholdingRateBp: 500 }));
    expect(de.body.title).toBe('Einige Felder sind ungültig.');
    expect(de.body.errors[0]).toMatchObject({
      field: 'withholdingRateBp',
      message: 'Der Satz des Steuerabzugs muss mindestens 11.11 % betragen.',
    });

    const several = await visitor('de').get(query({ ...TWO_DAYS, hours: -1, amountExclVatCents: 12.5 }));
    expect(several.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'amountExclVatCents',
      'hours',
    ]);
    const tooLong = await visitor('de').get(query({ ...TWO_DAYS, days: 40 }));
    expect(tooLong.body.errors[0]).toMatchObject({ field: 'days', code: 'payroll.days.max' });
    const notHere = await visitor().get(query({ ...TWO_DAYS, entity: 'BE-FA' }));
    expect(notHere.body.errors[0]).toMatchObject({
      field: 'contractType',
      code: 'payroll.contract_type.not_allowed',
    });
    const tooLittle = await visitor().get(query({ ...TWO_DAYS, amountExclVatCents: 10_000 }));
    expect(tooLittle.body.errors[0]).toMatchObject({
      field: 'amountExclVatCents',
      code: 'payroll.gross.below_minimum',
    });
    const missing = await visitor().get(
      query({ entity: 'BE-PA', contractType: 'employee', days: 1, mode: 'net' }),
    );
    expect(missing.body.errors[0]).toMatchObject({ field: 'wishedNetCents', code: 'field.required' });
    const entity = await visitor().get(query({ ...TWO_DAYS, entity: 'BE-COOP' }));
    expect(entity.status).toBe(422);
    expect(entity.body.errors[0].field).toBe('entity');
    const text = await visitor().get(query({ ...TWO_DAYS, days: 'two' }));
    expect(text.body.errors[0].field).toBe('days');
    const date = await visitor('nl').get(query({ ...TWO_DAYS, date: '2010-01-01' }));
    expect(date.body.errors[0]).toMatchObject({ field: 'date', code: 'payroll.date.no_rule' });
  });

  it('lists entities, contract types in the visitor language, the legal minimum withholding and defaults', async () => {
    const reply = await visitor('nl').get('/api/v1/simulator/options?date=2026-03-02');
    expect(reply.status).toBe(200);
    const o = reply.body;
    expect(o.entities.map((e: { id: string }) => e.id)).toEqual(['BE-PA', 'BE-FA', 'BE-PI']);
    const pa = o.entities[0];
    expect(pa).toMatchObject({ name: 'Productions Associées', feeRateBp: 650 });
    expect(
      pa.contractTypes.map((t: { id: string; minWithholdingRateBp: number }) => [
        t.id,
        t.minWithholdingRateBp,
      ]),
    ).toEqual([
      ['employee', 1111],
      ['artistic_employee', 1111],
      ['student', 0],
    ]);
    expect(pa.contractTypes[0].label).not.toBe('payroll.contract_type.label.employee');
    expect(o.entities[1]).toMatchObject({
      id: 'BE-FA',
      vatExempt: true,
      contractTypes: [expect.objectContaining({ id: 'trainer', multiplier: 15_500 })],
    });
    expect(o.modes).toEqual([
      { id: 'amount', label: 'Vanaf het gefactureerde bedrag' },
      { id: 'net', label: 'Vanaf het gewenste nettoloon' },
    ]);
    expect(o.defaults).toMatchObject({
      entity: 'BE-PA',
      contractType: 'employee',
      mode: 'amount',
      withholdingRateBp: 1111,
      date: '2026-03-02',
    });
    expect(o.limits).toMatchObject({ minDays: 1, maxDays: 31 });
    // The defaults simulate as they are.
    const d = o.defaults;
    const sim = await visitor().get(
      query({
        entity: d.entity,
        contractType: d.contractType,
        amountExclVatCents: d.amountExclVatCents,
        days: d.days,
        date: d.date,
      }),
    );
    expect(sim.status).toBe(200);
    expect((await visitor().get('/api/v1/simulator/options')).body.date).toBe(today());
  });

  it('is documented in the OpenAPI description', async () => {
    const spec = (await visitor().get('/api/openapi.json')).body;
    expect(spec.paths['/api/v1/simulator'].get.tags).toEqual(['simulator']);
    expect(spec.paths['/api/v1/ledger/entries'].post.tags).toEqual(['ledger']);
    const params = spec.paths['/api/v1/ledger/entries'].post.parameters.map((p: { name: string }) => p.name);
    expect(params).toContain('idempotency-key');
  });
});
