import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { checkElectionBallot, checkResolutionBallot } from './ballot.ts';
import { checkCandidacy, type CandidacyInput } from './candidacy.ts';
import { electorateOf, voterEligibility } from './eligibility.ts';
import { checkConvocationNotice, convocationDeadline } from './notice.ts';
import { checkProxy, proxyProblems } from './proxies.ts';
import { BE_COOP_STATUTES, BE_MAJORITY_RULES, RESOLUTION_KINDS } from './statutes.ts';
import { timelineProblems } from '../rules/types.ts';
import type { RegisterMember } from './types.ts';
import { assertClosed, assertWindowOpen, checkWindow, windowState } from './window.ts';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.issues[0]?.code ?? error.code;
    throw error;
  }
  return undefined;
}

const member = (over: Partial<RegisterMember> = {}): RegisterMember => ({
  memberId: 'm1',
  status: 'member',
  personKind: 'natural',
  admittedOn: '2024-01-10',
  sharesAtCutoff: { A: 3 },
  ...over,
});

describe('eligibility to vote', () => {
  it('one person, one vote, whatever the number of shares', () => {
    expect(voterEligibility(member({ sharesAtCutoff: { A: 300 } }), '2026-05-01')).toEqual({
      eligible: true,
      category: 'A',
      weight: 1,
      shares: 300,
      through: 'self',
    });
  });

  it('refuses applicants, members admitted after the cut-off and former members', () => {
    expect(voterEligibility(member({ status: 'applicant', admittedOn: null }), '2026-05-01')).toEqual({
      eligible: false,
      code: 'governance.voter.not_member',
    });
    expect(voterEligibility(member({ admittedOn: '2026-05-02' }), '2026-05-01')).toEqual({
      eligible: false,
      code: 'governance.voter.admitted_after_cutoff',
    });
    expect(voterEligibility(member({ admittedOn: '2026-05-01' }), '2026-05-01').eligible).toBe(true);
    expect(voterEligibility(member({ sharesAtCutoff: {} }), '2026-05-01')).toEqual({
      eligible: false,
      code: 'governance.voter.no_shares_at_cutoff',
    });
  });

  it('a legal person votes through its representative', () => {
    const legal = member({
      personKind: 'legal',
      sharesAtCutoff: { C: 5 },
      representativeName: 'Its director',
    });
    expect(voterEligibility(legal, '2026-05-01')).toMatchObject({
      eligible: true,
      category: 'C',
      through: 'representative',
    });
    expect(voterEligibility({ ...legal, representativeName: ' ' }, '2026-05-01')).toEqual({
      eligible: false,
      code: 'governance.voter.no_representative',
    });
  });

  it('counts the electorate per category from the register', () => {
    const e = electorateOf(
      [
        member({ memberId: 'a', sharesAtCutoff: { A: 2 } }),
        member({ memberId: 'b', sharesAtCutoff: { B: 1 } }),
        member({ memberId: 'c', admittedOn: '2027-01-01' }),
      ],
      '2026-05-01',
    );
    expect(e).toEqual({ voters: 2, shares: 3, byCategory: { A: 1, B: 1 } });
  });
});

describe('proxies', () => {
  it('refuses self, chains in both directions, a second proxy and too many per holder', () => {
    expect(codeOf(() => checkProxy({ giverId: 'a', holderId: 'a' }, [], 1))).toBe('governance.proxy.self');
    expect(
      codeOf(() => checkProxy({ giverId: 'a', holderId: 'b' }, [{ giverId: 'b', holderId: 'c' }], 2)),
    ).toBe('governance.proxy.chain');
    expect(
      codeOf(() => checkProxy({ giverId: 'a', holderId: 'b' }, [{ giverId: 'c', holderId: 'a' }], 2)),
    ).toBe('governance.proxy.giver_holds_proxies');
    expect(
      codeOf(() => checkProxy({ giverId: 'a', holderId: 'b' }, [{ giverId: 'a', holderId: 'c' }], 2)),
    ).toBe('governance.proxy.already_given');
    expect(
      codeOf(() => checkProxy({ giverId: 'a', holderId: 'b' }, [{ giverId: 'c', holderId: 'b' }], 1)),
    ).toBe('governance.proxy.too_many');
    expect(
      codeOf(() => checkProxy({ giverId: 'a', holderId: 'b' }, [{ giverId: 'c', holderId: 'b' }], 2)),
    ).toBe(undefined);
  });

  it('finds the problems of a whole set', () => {
    expect(
      proxyProblems(
        [
          { giverId: 'a', holderId: 'b' },
          { giverId: 'b', holderId: 'c' },
          { giverId: 'd', holderId: 'b' },
        ],
        1,
      ),
    ).toEqual(['governance.proxy.giver_holds_proxies', 'governance.proxy.too_many']);
  });
});

describe('voting window', () => {
  const window = { opensAt: '2026-06-01T08:00:00Z', closesAt: '2026-06-20T18:00:00Z' };

  it('is scheduled, open, then closed; closing early closes it', () => {
    expect(windowState(window, '2026-06-01T07:59:59Z')).toBe('scheduled');
    expect(windowState(window, '2026-06-01T08:00:00Z')).toBe('open');
    expect(windowState(window, '2026-06-20T18:00:00Z')).toBe('closed');
    expect(windowState({ ...window, closedAt: '2026-06-10T00:00:00Z' }, '2026-06-05T00:00:00Z')).toBe(
      'closed',
    );
  });

  it('refuses ballots outside and results before the close', () => {
    expect(codeOf(() => assertWindowOpen(window, '2026-05-01T00:00:00Z'))).toBe('governance.vote.not_open');
    expect(codeOf(() => assertWindowOpen(window, '2026-07-01T00:00:00Z'))).toBe('governance.vote.closed');
    expect(codeOf(() => assertWindowOpen(window, '2026-06-10T00:00:00Z'))).toBe(undefined);
    expect(codeOf(() => assertClosed(window, '2026-07-01T00:00:00Z'))).toBe(
      'governance.vote.results_before_close',
    );
    expect(
      codeOf(() => assertClosed({ ...window, closedAt: '2026-06-20T18:00:00Z' }, '2026-07-01T00:00:00Z')),
    ).toBe(undefined);
  });

  it('checks a window is consistent with the assembly', () => {
    expect(codeOf(() => checkWindow({ opensAt: window.closesAt, closesAt: window.opensAt }))).toBe(
      'governance.window.closes_before_opening',
    );
    expect(codeOf(() => checkWindow(window, '2026-06-21T10:00:00Z'))).toBe(
      'governance.window.closes_before_assembly',
    );
    expect(codeOf(() => checkWindow({ opensAt: 'soon', closesAt: window.closesAt }))).toBe(
      'field.invalid_date',
    );
  });
});

describe('ballots', () => {
  it('an election ballot chooses at most N distinct candidates of the election', () => {
    expect(checkElectionBallot(['c2', 'c1'], ['c1', 'c2', 'c3'], 2)).toEqual({
      kind: 'election',
      choices: ['c1', 'c2'],
    });
    expect(checkElectionBallot([], ['c1'], 2)).toEqual({ kind: 'election', choices: [] });
    expect(codeOf(() => checkElectionBallot(['c1', 'c2', 'c3'], ['c1', 'c2', 'c3'], 2))).toBe(
      'governance.ballot.too_many_choices',
    );
    expect(codeOf(() => checkElectionBallot(['c1', 'c1'], ['c1'], 2))).toBe(
      'governance.ballot.duplicate_choice',
    );
    expect(codeOf(() => checkElectionBallot(['zz'], ['c1'], 2))).toBe('governance.ballot.unknown_candidate');
  });

  it('a resolutions ballot answers each resolution of the agenda, all problems at once', () => {
    expect(checkResolutionBallot({ r1: 'for', r2: 'abstain' }, ['r1', 'r2']).answers).toEqual({
      r1: 'for',
      r2: 'abstain',
    });
    try {
      checkResolutionBallot({ r1: 'maybe', r9: 'for' }, ['r1', 'r2']);
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).issues.map((i) => i.code)).toEqual([
        'governance.ballot.unknown_resolution',
        'field.invalid_choice',
        'governance.ballot.missing_answer',
      ]);
    }
  });
});

describe('candidacy', () => {
  const call = { opensAt: '2026-04-20T00:00:00Z', closesAt: '2026-06-15T00:00:00Z' };
  const input: CandidacyInput = {
    eligibility: voterEligibility(member(), '2026-04-01'),
    personKind: 'natural',
    category: 'A',
    heldCategories: ['A'],
    gender: 'female',
    alreadyCandidate: false,
  };

  it('accepts a member during the call and gives the seat group', () => {
    expect(checkCandidacy(call, '2026-05-01T00:00:00Z', BE_COOP_STATUTES, input)).toEqual({ group: 'A' });
    expect(
      checkCandidacy(call, '2026-05-01T00:00:00Z', BE_COOP_STATUTES, {
        ...input,
        category: 'C',
        heldCategories: ['C'],
      }),
    ).toEqual({
      group: 'BC',
    });
  });

  it('refuses late, early, ineligible, duplicate and inconsistent candidacies', () => {
    const at = '2026-05-01T00:00:00Z';
    expect(codeOf(() => checkCandidacy(call, '2026-06-15T00:00:00Z', BE_COOP_STATUTES, input))).toBe(
      'governance.candidacy.call_closed',
    );
    expect(codeOf(() => checkCandidacy(call, '2026-04-01T00:00:00Z', BE_COOP_STATUTES, input))).toBe(
      'governance.candidacy.call_not_open',
    );
    expect(
      codeOf(() =>
        checkCandidacy(call, at, BE_COOP_STATUTES, {
          ...input,
          eligibility: { eligible: false, code: 'governance.voter.not_member' },
        }),
      ),
    ).toBe('governance.candidacy.not_eligible');
    expect(
      codeOf(() => checkCandidacy(call, at, BE_COOP_STATUTES, { ...input, alreadyCandidate: true })),
    ).toBe('governance.candidacy.duplicate');
    expect(codeOf(() => checkCandidacy(call, at, BE_COOP_STATUTES, { ...input, category: 'B' }))).toBe(
      'governance.candidacy.category_not_held',
    );
    expect(codeOf(() => checkCandidacy(call, at, BE_COOP_STATUTES, { ...input, gender: null }))).toBe(
      'field.required',
    );
    expect(
      codeOf(() =>
        checkCandidacy(call, at, BE_COOP_STATUTES, { ...input, personKind: 'legal', gender: 'male' }),
      ),
    ).toBe('governance.candidacy.gender_for_legal_person');
  });
});

describe('convocation notice', () => {
  it('must leave the statutory notice period before the assembly', () => {
    expect(convocationDeadline('2026-06-20', 15)).toBe('2026-06-05');
    expect(codeOf(() => checkConvocationNotice('2026-06-20', '2026-06-05', 15))).toBe(undefined);
    expect(codeOf(() => checkConvocationNotice('2026-06-20', '2026-06-06', 15))).toBe(
      'governance.convocation.too_late',
    );
    expect(convocationDeadline('2026-03-01', 15)).toBe('2026-02-14');
  });
});

describe('statutes', () => {
  it('every majority rule is effective-dated and sourced, without overlap', () => {
    for (const kind of RESOLUTION_KINDS) {
      expect(BE_MAJORITY_RULES[kind].length, kind).toBeGreaterThan(0);
      expect(timelineProblems(kind, BE_MAJORITY_RULES[kind])).toEqual([]);
    }
  });

  it('the seeds board: 18 seats, 11 for category A, 7 for the others, 40 % parity', () => {
    expect(BE_COOP_STATUTES.boardSeats.reduce((sum, g) => sum + g.seats, 0)).toBe(18);
    expect(BE_COOP_STATUTES.boardSeats.map((g) => [g.categories, g.seats])).toEqual([
      [['A'], 11],
      [['B', 'C'], 7],
    ]);
    expect(BE_COOP_STATUTES.parity.minShareBp).toBe(4000);
  });
});
