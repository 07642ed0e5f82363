/** Outgoing payments: SEPA character set, TARGET business days, payment file rules. No I/O. */
export { SEPA_REFERENCE, SEPA_TEXT, isSepaReference, isSepaText, toSepaText } from './charset.ts';
export {
  TARGET_CALENDAR_FROM,
  easterSunday,
  executionDate,
  isTargetBusinessDay,
  isWeekend,
  nextTargetBusinessDay,
  targetHolidays,
} from './target-calendar.ts';
export * from './transfer.ts';
