import { DomainError } from '../errors.ts';

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** The last day the convocation may be sent for an assembly held on `assemblyDate`. */
export function convocationDeadline(assemblyDate: string, noticeDays: number): string {
  return addDays(assemblyDate, -noticeDays);
}

/** Refuses a convocation sent later than the statutory notice period before the assembly. */
export function checkConvocationNotice(assemblyDate: string, sendDate: string, noticeDays: number): void {
  const deadline = convocationDeadline(assemblyDate, noticeDays);
  if (sendDate.slice(0, 10) > deadline)
    throw DomainError.conflict('governance.convocation.too_late', { days: noticeDays, deadline });
}
