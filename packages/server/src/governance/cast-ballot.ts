import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@partage/db';
import {
  DomainError,
  assertWindowOpen,
  checkElectionBallot,
  checkResolutionBallot,
  voterEligibility,
  type BallotContent,
  type Eligibility,
  type RegisterMember,
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import {
  loadCandidates,
  loadResolutions,
  loadVote,
  loadVoteWithAssembly,
  lockVote,
  memberByNumberIn,
  nowIso,
  registerMember,
  registerMemberOfUser,
  type VoteRow,
} from './queries.ts';
import { ballotTokenHash, newReceiptCode, newVoterToken, participationCheck, seal } from './seal.ts';

type Channel = 'online' | 'proxy' | 'room';

interface CastInput {
  token: string;
  answers?: Record<string, 'for' | 'against' | 'abstain'>;
  choices?: string[];
}

/** Checks the ballot's content against the vote: the agenda's resolutions, or up to N candidates. */
export async function ballotContentFor(
  db: Queryable,
  vote: VoteRow,
  input: CastInput,
): Promise<BallotContent> {
  if (vote.kind === 'resolutions') {
    if (!input.answers || input.choices) throw DomainError.field('answers', 'governance.ballot.wrong_kind');
    const resolutions = await loadResolutions(db, vote.id);
    return checkResolutionBallot(
      input.answers,
      resolutions.map((r) => r.id),
    );
  }
  if (!input.choices || input.answers) throw DomainError.field('choices', 'governance.ballot.wrong_kind');
  const candidates = await loadCandidates(db, vote.id);
  return checkElectionBallot(
    input.choices,
    candidates.map((c) => c.id),
    vote.max_choices!,
  );
}

function eligible(member: RegisterMember, cutoff: string) {
  const eligibility = voterEligibility(member, cutoff);
  if (!eligibility.eligible) throw DomainError.forbidden(eligibility.code);
  return eligibility;
}

async function eligibilityOf(db: Queryable, memberId: string, cutoff: string) {
  return eligible(await registerMember(db, memberId, cutoff), cutoff);
}

const windowOf = (vote: VoteRow) => ({
  opensAt: vote.opens_at.toISOString(),
  closesAt: vote.closes_at.toISOString(),
  closedAt: vote.closed_at?.toISOString(),
});

/**
 * Records THAT the voter voted and WHAT was voted, apart (docs/decisions.md, "Secret ballots"):
 * - the participation (vote, member) is unique: of two concurrent first ballots, one waits and then
 *   finds the other's participation; with another token it is refused as a second vote;
 * - the ballot carries a random receipt code and the content, sealed with the vote's key, the share
 *   category and the hash of the voter's token; no voter, no time;
 * - with the same token and a vote that allows it, the ballot is replaced (only the last counts).
 * Ballots hold the vote's lock shared, the close exclusive: the close waits for ballots being cast,
 * and a ballot waiting for the close then sees the vote closed. The content is never logged nor audited.
 */
async function record(
  ctx: AppContext,
  request: FastifyRequest,
  voteId: string,
  voter: { memberId: string; eligibility: Extract<Eligibility, { eligible: true }> },
  channel: Channel,
  token: string,
  content: BallotContent,
) {
  return ctx.db.transaction(async (tx) => {
    await lockVote(tx, voteId, 'shared');
    const vote = await loadVote(tx, voteId);
    assertWindowOpen(windowOf(vote), nowIso());
    const check = participationCheck(token);
    const tokenHash = ballotTokenHash(token);
    const inserted = await tx.query(
      `INSERT INTO gov_participations (vote_id, member_id, category, shares, channel, token_check)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (vote_id, member_id) DO NOTHING RETURNING member_id`,
      [vote.id, voter.memberId, voter.eligibility.category, voter.eligibility.shares, channel, check],
    );
    if (inserted.rowCount === 1) {
      const receipt = newReceiptCode();
      await tx.query(
        'INSERT INTO gov_sealed_ballots (vote_id, token_hash, category, sealed) VALUES ($1, $2, $3, $4)',
        [
          vote.id,
          tokenHash,
          voter.eligibility.category,
          seal(ctx.protector, vote.id, vote.seal_key_enc!, { receipt, content }),
        ],
      );
      await audit(tx, request, {
        action: 'governance.participation_recorded',
        subjectType: 'vote',
        subjectId: vote.id,
        entityId: vote.entity_id,
        after: { memberId: voter.memberId, channel },
      });
      return { receipt, replaced: false };
    }
    // Already voted: only the holder of the same token may replace the ballot, if the vote allows it.
    const { rows } = await tx.query<{ token_check: string }>(
      'SELECT token_check FROM gov_participations WHERE vote_id = $1 AND member_id = $2',
      [vote.id, voter.memberId],
    );
    if (rows[0]!.token_check !== check) throw DomainError.conflict('governance.vote.already_voted');
    if (!vote.allow_change) throw DomainError.conflict('governance.vote.change_not_allowed');
    const receipt = newReceiptCode();
    const { rowCount } = await tx.query(
      'UPDATE gov_sealed_ballots SET sealed = $3 WHERE vote_id = $1 AND token_hash = $2',
      [vote.id, tokenHash, seal(ctx.protector, vote.id, vote.seal_key_enc!, { receipt, content })],
    );
    if (rowCount !== 1) throw DomainError.conflict('governance.vote.already_voted');
    await audit(tx, request, {
      action: 'governance.ballot_replaced',
      subjectType: 'vote',
      subjectId: vote.id,
      entityId: vote.entity_id,
      after: { memberId: voter.memberId, channel },
    });
    return { receipt, replaced: true };
  });
}

/** A member casts their own ballot, or the ballot of a member whose proxy they hold. */
export async function castBallot(
  ctx: AppContext,
  request: FastifyRequest,
  voteId: string,
  input: CastInput & { onBehalfOf?: string },
) {
  const user = request.user!;
  const vote = await loadVoteWithAssembly(ctx.db, voteId);
  if (vote.assembly_status === 'draft') throw DomainError.notFound();
  assertWindowOpen(windowOf(vote), nowIso());
  const me = await registerMemberOfUser(ctx.db, user.id, vote.entity_id, vote.cutoff_date);
  if (!me) throw DomainError.forbidden('governance.voter.not_member');
  let voterId = me.memberId;
  let eligibility = eligible(me, vote.cutoff_date);
  let channel: Channel = 'online';
  const { rows: proxies } = await ctx.db.query<{ giver: string; holder: string }>(
    `SELECT giver_member_id AS giver, holder_member_id AS holder FROM gov_proxies
      WHERE assembly_id = $1 AND (giver_member_id = $2 OR holder_member_id = $2)`,
    [vote.assembly_id, me.memberId],
  );
  if (input.onBehalfOf && input.onBehalfOf !== me.memberId) {
    if (!proxies.some((p) => p.giver === input.onBehalfOf && p.holder === me.memberId))
      throw DomainError.forbidden('governance.proxy.not_held');
    voterId = input.onBehalfOf;
    eligibility = await eligibilityOf(ctx.db, voterId, vote.cutoff_date);
    channel = 'proxy';
  } else if (proxies.some((p) => p.giver === me.memberId)) {
    throw DomainError.conflict('governance.proxy.already_given');
  }
  const content = await ballotContentFor(ctx.db, vote, input);
  return record(ctx, request, vote.id, { memberId: voterId, eligibility }, channel, input.token, content);
}

/**
 * Staff enter the ballot of a member present in the room, on the same ballots. The member gets the
 * receipt code on paper; the token is not kept, so an in-room ballot cannot be changed.
 */
export async function castRoomBallot(
  ctx: AppContext,
  request: FastifyRequest,
  voteId: string,
  input: { memberNumber: number; answers?: CastInput['answers']; choices?: string[] },
) {
  const vote = await loadVoteWithAssembly(ctx.db, voteId);
  const member = await memberByNumberIn(ctx.db, vote.entity_id, input.memberNumber);
  if (!member) throw DomainError.field('memberNumber', 'governance.vote.voter_not_found');
  const eligibility = await eligibilityOf(ctx.db, member.id, vote.cutoff_date);
  const content = await ballotContentFor(ctx.db, vote, { token: '', ...input });
  const { receipt } = await record(
    ctx,
    request,
    vote.id,
    { memberId: member.id, eligibility },
    'room',
    newVoterToken(),
    content,
  );
  return { receipt };
}
