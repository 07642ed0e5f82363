import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import {
  DomainError,
  allocateBoardSeats,
  electorateOf,
  tallyElection,
  tallyResolutions,
  type ResolutionAnswer,
  type ShareCategoryCode,
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import {
  loadAssembly,
  loadCandidates,
  loadResolutions,
  loadVote,
  lockVote,
  registerMembers,
  statutesOf,
  type VoteRow,
} from './queries.ts';
import { drawLots, forgetSealKey, shuffle, unseal } from './seal.ts';

interface PublishedBallot {
  receipt: string;
  category: ShareCategoryCode;
  content:
    | { kind: 'resolutions'; answers: Record<string, ResolutionAnswer> }
    | { kind: 'election'; choices: string[] };
}

async function insertPublished(tx: Queryable, voteId: string, ballots: PublishedBallot[]): Promise<void> {
  for (let i = 0; i < ballots.length; i += 1000) {
    const chunk = ballots.slice(i, i + 1000);
    await tx.query(
      `INSERT INTO gov_ballots (vote_id, receipt, category, content)
       SELECT $1, r, c, x::jsonb FROM unnest($2::text[], $3::text[], $4::text[]) AS t(r, c, x)`,
      [
        voteId,
        chunk.map((b) => b.receipt),
        chunk.map((b) => b.category),
        chunk.map((b) => JSON.stringify(b.content)),
      ],
    );
  }
}

/** Counts published ballots: the same function serves the close and anyone who recounts. */
export async function computeResults(tx: Queryable, vote: VoteRow, ballots: PublishedBallot[]) {
  const assembly = await loadAssembly(tx, vote.assembly_id);
  const statutes = statutesOf(vote.entity_id);
  const electorate = electorateOf(
    await registerMembers(tx, vote.entity_id, assembly.cutoff_date),
    assembly.cutoff_date,
  );
  const { rows } = await tx.query<{ voters: number; shares: number; channel: string; n: number }>(
    `SELECT channel, count(*)::int AS n, sum(shares)::int AS shares FROM gov_participations WHERE vote_id = $1 GROUP BY channel`,
    [vote.id],
  );
  const participation = {
    voters: rows.reduce((s, r) => s + r.n, 0),
    shares: rows.reduce((s, r) => s + r.shares, 0),
    byChannel: Object.fromEntries(rows.map((r) => [r.channel, r.n])),
  };
  const common = { electorate, participation, ballots: ballots.length, cutoffDate: assembly.cutoff_date };
  if (vote.kind === 'resolutions') {
    const resolutions = await loadResolutions(tx, vote.id);
    const heldOn = assembly.held_at.toISOString().slice(0, 10);
    const results = tallyResolutions({
      resolutions: resolutions.map((r) => {
        const rules = statutes.majority[r.kind];
        const rule =
          rules.find((e) => e.validFrom <= heldOn && (e.validTo === undefined || heldOn <= e.validTo)) ??
          rules[0]!;
        return { id: r.id, rule };
      }),
      ballots: ballots.flatMap((b) =>
        b.content.kind === 'resolutions' ? [{ category: b.category, answers: b.content.answers }] : [],
      ),
      electorate,
      participation,
      secondConvocation: assembly.second_convocation,
    });
    return { kind: 'resolutions' as const, ...common, resolutions: results };
  }
  const candidates = await loadCandidates(tx, vote.id);
  const ids = candidates.map((c) => c.id);
  const lots = drawLots(vote.id, ids);
  const tally = tallyElection(
    ballots.flatMap((b) =>
      b.content.kind === 'election' ? [{ category: b.category, choices: b.content.choices }] : [],
    ),
    ids,
  );
  const allocation = allocateBoardSeats({
    groups: statutes.boardSeats,
    parity: statutes.parity,
    candidates: candidates.map((c) => ({
      id: c.id,
      group: c.seat_group,
      kind: c.person_kind,
      gender: c.gender,
      votes: tally.votes[c.id] ?? 0,
      lot: lots.get(c.id)!,
    })),
  });
  return {
    kind: 'election' as const,
    ...common,
    blank: tally.blank,
    candidates: candidates.map((c) => ({
      id: c.id,
      name: c.display_name,
      category: c.category,
      group: c.seat_group,
      gender: c.gender,
      votes: tally.votes[c.id] ?? 0,
      byCategory: tally.byCategory[c.id] ?? {},
      lot: lots.get(c.id)!,
    })),
    allocation,
  };
}

/**
 * Closes a vote (an administrator, once the assembly has started or the window has ended): takes the
 * vote row FOR UPDATE (ballots being cast finish first, later ones find it closed), unseals every
 * ballot, publishes them in a random order with their receipt codes, forgets the sealed rows and the
 * vote's key, counts, and freezes the results. Nothing can be cast afterwards.
 */
export async function closeVote(ctx: AppContext, request: FastifyRequest, voteId: string) {
  const result = await ctx.db.transaction(async (tx) => {
    await lockVote(tx, voteId, 'exclusive');
    const vote = await loadVote(tx, voteId, 'FOR UPDATE');
    if (vote.closed_at) throw DomainError.conflict('governance.vote.already_closed');
    const assembly = await loadAssembly(tx, vote.assembly_id);
    const now = Date.now();
    if (now < vote.closes_at.getTime() && now < assembly.held_at.getTime())
      throw DomainError.conflict('governance.vote.close_too_early');
    const { rows: sealed } = await tx.query<{ category: ShareCategoryCode; sealed: string }>(
      'SELECT category, sealed FROM gov_sealed_ballots WHERE vote_id = $1',
      [vote.id],
    );
    const ballots: PublishedBallot[] = shuffle(
      sealed.map((row) => {
        const { receipt, content } = unseal(ctx.protector, vote.id, vote.seal_key_enc!, row.sealed);
        return { receipt, category: row.category, content: content as PublishedBallot['content'] };
      }),
    );
    await insertPublished(tx, vote.id, ballots);
    await tx.query('DELETE FROM gov_sealed_ballots WHERE vote_id = $1', [vote.id]);
    const results = await computeResults(tx, vote, ballots);
    if (results.kind === 'election')
      for (const c of results.candidates)
        await tx.query('UPDATE gov_candidates SET lot = $2 WHERE id = $1', [c.id, c.lot]);
    await tx.query(
      `UPDATE gov_votes SET closed_at = now(), closed_by = $2, results = $3, seal_key_enc = NULL WHERE id = $1`,
      [vote.id, request.user!.id, JSON.stringify(results)],
    );
    await audit(tx, request, {
      action: 'governance.vote_closed',
      subjectType: 'vote',
      subjectId: vote.id,
      entityId: vote.entity_id,
      after: { ballots: ballots.length, participation: results.participation },
    });
    return results;
  });
  forgetSealKey(voteId);
  return result;
}
