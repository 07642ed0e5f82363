import { DomainError } from '../errors.ts';
import type { Instant } from './types.ts';

/** When ballots may be cast: online before and during the assembly, until the close. */
export interface VotingWindow {
  opensAt: Instant;
  closesAt: Instant;
  /** Set when the vote was closed (at or after `closesAt`, or early by the chair in the room). */
  closedAt?: Instant | null;
}

export type WindowState = 'scheduled' | 'open' | 'closed';

function ms(instant: Instant, field: string): number {
  const value = Date.parse(instant);
  if (Number.isNaN(value)) throw DomainError.field(field, 'field.invalid_date');
  return value;
}

export function windowState(window: VotingWindow, now: Instant): WindowState {
  if (window.closedAt) return 'closed';
  const t = ms(now, 'now');
  if (t < ms(window.opensAt, 'opensAt')) return 'scheduled';
  if (t >= ms(window.closesAt, 'closesAt')) return 'closed';
  return 'open';
}

/** Refuses a ballot outside the window; after the close nothing can be cast. */
export function assertWindowOpen(window: VotingWindow, now: Instant): void {
  const state = windowState(window, now);
  if (state === 'scheduled') throw DomainError.conflict('governance.vote.not_open');
  if (state === 'closed') throw DomainError.conflict('governance.vote.closed');
}

/** A window must open before it closes, and close no earlier than the assembly starts. */
export function checkWindow(window: VotingWindow, assemblyAt?: Instant): void {
  const opens = ms(window.opensAt, 'opensAt');
  const closes = ms(window.closesAt, 'closesAt');
  if (closes <= opens) throw DomainError.field('closesAt', 'governance.window.closes_before_opening');
  if (assemblyAt && closes < ms(assemblyAt, 'heldAt'))
    throw DomainError.field('closesAt', 'governance.window.closes_before_assembly');
}

/** The results may be computed and published only once the vote is closed. */
export function assertClosed(window: VotingWindow, now: Instant): void {
  if (windowState(window, now) !== 'closed' || !window.closedAt)
    throw DomainError.conflict('governance.vote.results_before_close');
}
