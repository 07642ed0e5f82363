import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { ENTITY_CATALOGUE } from '../entities/catalogue.ts';
import {
  DEFAULT_REMINDER_SCHEDULE,
  reminderScheduleOf,
  reminderScheduleProblems,
  validateReminderSchedule,
  type ReminderSchedule,
} from './schedule.ts';

const codes = (schedule: ReminderSchedule) =>
  reminderScheduleProblems(schedule).map((i) => `${i.field}:${i.code}`);

describe('reminder schedule', () => {
  it('defaults to a friendly reminder at 7 days, a second at 21, a formal notice at 35 and handover at 45', () => {
    expect(DEFAULT_REMINDER_SCHEDULE.steps).toEqual([
      { kind: 'friendly', daysAfterDue: 7 },
      { kind: 'second', daysAfterDue: 21 },
      { kind: 'formal_notice', daysAfterDue: 35 },
      { kind: 'handover', daysAfterDue: 45 },
    ]);
    expect(reminderScheduleProblems(DEFAULT_REMINDER_SCHEDULE)).toEqual([]);
    for (const entity of ENTITY_CATALOGUE) expect(entity.settings.reminders).toBe(DEFAULT_REMINDER_SCHEDULE);
  });

  it('falls back to the default for settings saved before reminders existed', () => {
    expect(reminderScheduleOf({})).toBe(DEFAULT_REMINDER_SCHEDULE);
    const own = { ...DEFAULT_REMINDER_SCHEDULE, promiseGraceDays: 5 };
    expect(reminderScheduleOf({ reminders: own })).toBe(own);
  });

  it('refuses days that do not increase, unknown kinds, a costly first step and an early handover', () => {
    const bad: ReminderSchedule = {
      steps: [
        { kind: 'formal_notice', daysAfterDue: 10 },
        { kind: 'handover', daysAfterDue: 10 },
        { kind: 'reminder' as never, daysAfterDue: 0 },
      ],
      promiseGraceDays: -1,
      planGraceDays: 61,
    };
    expect(codes(bad)).toEqual([
      'reminders.steps.1.daysAfterDue:receivables.schedule.days_not_increasing',
      'reminders.steps.1.kind:receivables.schedule.handover_last',
      'reminders.steps.2.kind:receivables.schedule.kind_unknown',
      'reminders.steps.2.daysAfterDue:receivables.schedule.days_invalid',
      'reminders.steps.0.kind:receivables.schedule.first_free',
      'reminders.promiseGraceDays:receivables.schedule.grace_invalid',
      'reminders.planGraceDays:receivables.schedule.grace_invalid',
    ]);
    expect(() => validateReminderSchedule(bad)).toThrow(DomainError);
  });

  it('needs one to eight steps', () => {
    expect(codes({ ...DEFAULT_REMINDER_SCHEDULE, steps: [] })).toEqual([
      'reminders.steps:receivables.schedule.step_count',
    ]);
    const many = Array.from({ length: 9 }, (_, i) => ({ kind: 'second' as const, daysAfterDue: i + 1 }));
    expect(codes({ ...DEFAULT_REMINDER_SCHEDULE, steps: many })).toEqual([
      'reminders.steps:receivables.schedule.step_count',
    ]);
  });
});
