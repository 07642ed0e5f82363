/**
 * # Cooperative democracy (pure rules, no I/O)
 *
 * Eligibility to vote (one person, one vote), proxies, voting windows, ballots, the tally of
 * resolutions with quorum and majority, the board seat allocation with parity, candidacies, and the
 * follow-up of participation (recommendations, information sessions). The server stores what a member
 * did apart from what they voted; see `docs/decisions.md` ("Secret ballots").
 */
export * from './types.ts';
export * from './statutes.ts';
export * from './eligibility.ts';
export * from './proxies.ts';
export * from './window.ts';
export * from './notice.ts';
export * from './ballot.ts';
export * from './tally.ts';
export * from './allocation.ts';
export * from './candidacy.ts';
export * from './participation.ts';
export { governanceMessages } from './messages.ts';
