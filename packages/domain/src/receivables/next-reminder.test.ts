import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../contracts/dates.ts';
import { consumerCostsAllowedFrom } from './late-payment.ts';
import { nextReminder, type ReminderInvoice, type SentReminder } from './next-reminder.ts';
import { DEFAULT_REMINDER_SCHEDULE as S, stepClaimsCosts, type ReminderEmailKind } from './schedule.ts';

const due = '2026-03-01';
const company: ReminderInvoice = {
  dueDate: due,
  amountDueCents: 121_000,
  status: 'issued',
  regime: 'commercial',
};
const person: ReminderInvoice = { ...company, regime: 'consumer' };
const on = (days: number) => addDays(due, days);
const sent = (step: number, kind: ReminderEmailKind, days: number): SentReminder => ({
  step,
  kind,
  sentOn: on(days),
});

describe('next reminder', () => {
  it('sends each step on its day: friendly at 7, second at 21, formal notice at 35, handover at 45', () => {
    expect(nextReminder(company, [], on(6), S)).toEqual({
      due: false,
      reason: 'waiting',
      nextOn: on(7),
      nextKind: 'friendly',
    });
    expect(nextReminder(company, [], on(7), S)).toMatchObject({
      due: true,
      step: 1,
      kind: 'friendly',
      skipped: [],
    });
    const one = [sent(1, 'friendly', 7)];
    expect(nextReminder(company, one, on(20), S)).toMatchObject({
      due: false,
      reason: 'waiting',
      nextOn: on(21),
    });
    expect(nextReminder(company, one, on(21), S)).toMatchObject({ due: true, step: 2, kind: 'second' });
    const two = [...one, sent(2, 'second', 21)];
    expect(nextReminder(company, two, on(35), S)).toMatchObject({
      due: true,
      step: 3,
      kind: 'formal_notice',
    });
    const three = [...two, sent(3, 'formal_notice', 35)];
    expect(nextReminder(company, three, on(45), S)).toMatchObject({ due: true, step: 4, kind: 'handover' });
    expect(nextReminder(company, three, on(60), S, { caseStatus: 'open' })).toEqual({
      due: false,
      reason: 'done',
      nextOn: null,
      nextKind: null,
    });
  });

  it('never sends two steps the same day', () => {
    expect(nextReminder(company, [sent(1, 'friendly', 21)], on(21), S)).toMatchObject({
      due: false,
      reason: 'sent_today',
    });
  });

  it('catches up with the latest step only', () => {
    expect(nextReminder(company, [], on(36), S)).toMatchObject({
      due: true,
      step: 3,
      kind: 'formal_notice',
      skipped: [1, 2],
    });
    expect(nextReminder(company, [sent(1, 'friendly', 7)], on(50), S)).toMatchObject({
      due: true,
      step: 4,
      kind: 'handover',
      skipped: [2, 3],
    });
  });

  it('sends nothing before the due date has passed, or when nothing is left to pay', () => {
    expect(nextReminder(company, [], due, S)).toMatchObject({ due: false, reason: 'not_overdue' });
    expect(nextReminder({ ...company, amountDueCents: 0 }, [], on(10), S)).toMatchObject({
      reason: 'settled',
    });
    expect(nextReminder({ ...company, status: 'written_off' }, [], on(10), S)).toMatchObject({
      reason: 'settled',
    });
    expect(nextReminder({ ...company, status: 'partially_paid' }, [], on(7), S)).toMatchObject({ due: true });
  });

  it('is paused by a dispute, legal recovery, a respected plan and a running promise', () => {
    expect(nextReminder(company, [], on(21), S, { caseStatus: 'disputed' })).toMatchObject({
      reason: 'disputed',
    });
    expect(nextReminder(company, [], on(21), S, { caseStatus: 'legal' })).toMatchObject({ reason: 'legal' });
    expect(nextReminder(company, [], on(21), S, { caseStatus: 'written_off' })).toMatchObject({
      reason: 'case_closed',
    });
    for (const planState of ['respected', 'late'] as const)
      expect(nextReminder(company, [], on(21), S, { caseStatus: 'payment_plan', planState })).toMatchObject({
        reason: 'plan',
      });
    expect(
      nextReminder(company, [sent(1, 'friendly', 7)], on(40), S, {
        caseStatus: 'payment_plan',
        planState: 'broken',
      }),
    ).toMatchObject({ due: true, step: 3, kind: 'formal_notice' });
    const promise = { caseStatus: 'promise' as const, promisedUntil: on(30) };
    expect(nextReminder(company, [], on(30), S, promise)).toEqual({
      due: false,
      reason: 'promise',
      nextOn: on(31),
      nextKind: null,
    });
    expect(nextReminder(company, [], on(31), S, promise)).toMatchObject({ due: true, step: 2, skipped: [1] });
  });

  it('does not hand over again an invoice client service already follows', () => {
    expect(nextReminder(company, [sent(1, 'friendly', 7)], on(50), S, { caseStatus: 'open' })).toMatchObject({
      due: true,
      step: 3,
      kind: 'formal_notice',
      skipped: [2],
    });
  });

  it('gives a consumer a free reminder and 14 days before any formal notice', () => {
    // Nothing sent yet at day 40: the latest free step instead of the formal notice.
    expect(nextReminder(person, [], on(40), S)).toMatchObject({
      due: true,
      step: 2,
      kind: 'second',
      skipped: [1],
    });
    // The free reminder went out at day 30: costs from day 45 only.
    const late = [sent(2, 'second', 30)];
    expect(nextReminder(person, late, on(44), S)).toEqual({
      due: false,
      reason: 'consumer_delay',
      nextOn: consumerCostsAllowedFrom(on(30)),
      nextKind: null,
    });
    expect(nextReminder(person, late, on(45), S)).toMatchObject({ due: true, step: 4, kind: 'handover' });
    // On the usual days the 28 days between 7 and 35 are enough.
    expect(nextReminder(person, [sent(1, 'friendly', 7), sent(2, 'second', 21)], on(35), S)).toMatchObject({
      due: true,
      kind: 'formal_notice',
    });
  });

  it('over any sequence of daily runs: steps increase, one a day, and a consumer is charged only after 14 days', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(company, person),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 120 }),
        (invoice, runs) => {
          const history: SentReminder[] = [];
          let handedOver = false;
          runs.forEach((runs_today, day) => {
            if (!runs_today) return;
            const today = on(day);
            const decision = nextReminder(invoice, history, today, S, {
              caseStatus: handedOver ? 'open' : null,
            });
            if (!decision.due) return;
            const last = history.at(-1);
            expect(decision.step).toBeGreaterThan(last?.step ?? 0);
            expect(last?.sentOn).not.toBe(today);
            if (decision.kind === 'handover') {
              handedOver = true;
              return;
            }
            if (invoice.regime === 'consumer' && stepClaimsCosts(decision.kind)) {
              const free = history.find((r) => !stepClaimsCosts(r.kind));
              expect(free).toBeDefined();
              expect(today >= consumerCostsAllowedFrom(free!.sentOn)).toBe(true);
            }
            history.push({ step: decision.step, kind: decision.kind, sentOn: today });
          });
        },
      ),
    );
  });
});
