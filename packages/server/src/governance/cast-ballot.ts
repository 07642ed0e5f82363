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
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import {
  loadAssembly,
  loadCandidates,
  loadResolutions,
  loadVote,
  memberByNumberIn,
  memberOfUserIn,
  nowIso,
  registerMember,
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

async function eligibilityOf(db: Queryable, memberId: string, cutoff: string) {
  const eligibility = voterEligibility(await registerMember(db, memberId, cutoff), cutoff);
  if (!eligibility.eligible) throw DomainError.forbidden(eligibility.code);
  return eligibility;
}

/**
 * Records THAT the voter voted and WHAT was voted, apart (docs/decisions.md, "Secret ballots"):
 * - the participation (vote, member) is unique: of two concurrent first ballots, one waits and then
 *   finds the other's participation; with another token it is refused as a second vote;
 * - the ballot carries a random receipt code and the content, sealed with the vote's key, the share
 *   category and the hash of the voter's token; no voter, no time;
 * - with the same token and a vote that allows it, the ballot is replaced (only the last counts).
 * The vote row is read FOR SHARE: the close (FOR UPDATE) waits for ballots being cast, and a ballot
 * waiting for the close sees the vote closed. The content is never logged nor audited.
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
    const vote = await loadVote(tx, voteId, 'FOR SHARE');
    assertWindowOpen(
      {
        opensAt: vote.opens_at.toISOString(),
        closesAt: vote.closes_at.toISOString(),
        closedAt: vote.closed_at?.toISOString(),
      },
      nowIso(),
    );
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
  const vote = await loadVote(ctx.db, voteId);
  const assembly = await loadAssembly(ctx.db, vote.assembly_id);
  if (assembly.status === 'draft') throw DomainError.notFound();
  assertWindowOpen(
    {
      opensAt: vote.opens_at.toISOString(),
      closesAt: vote.closes_at.toISOString(),
      closedAt: vote.closed_at?.toISOString(),
    },
    nowIso(),
  );
  const me = await memberOfUserIn(ctx.db, user.id, vote.entity_id);
  if (!me) throw DomainError.forbidden('governance.voter.not_member');
  const myEligibility = await eligibilityOf(ctx.db, me.id, assembly.cutoff_date);
  let voterId = me.id;
  let eligibility = myEligibility;
  let channel: Channel = 'online';
  if (input.onBehalfOf && input.onBehalfOf !== me.id) {
    const { rows } = await ctx.db.query(
      'SELECT 1 FROM gov_proxies WHERE assembly_id = $1 AND giver_member_id = $2 AND holder_member_id = $3',
      [assembly.id, input.onBehalfOf, me.id],
    );
    if (!rows[0]) throw DomainError.forbidden('governance.proxy.not_held');
    voterId = input.onBehalfOf;
    eligibility = await eligibilityOf(ctx.db, voterId, assembly.cutoff_date);
    channel = 'proxy';
  } else {
    const { rows } = await ctx.db.query(
      'SELECT 1 FROM gov_proxies WHERE assembly_id = $1 AND giver_member_id = $2',
      [assembly.id, me.id],
    );
    if (rows[0]) throw DomainError.conflict('governance.proxy.already_given');
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
  const vote = await loadVote(ctx.db, voteId);
  const assembly = await loadAssembly(ctx.db, vote.assembly_id);
  const member = await memberByNumberIn(ctx.db, vote.entity_id, input.memberNumber);
  if (!member) throw DomainError.field('memberNumber', 'governance.vote.voter_not_found');
  const eligibility = await eligibilityOf(ctx.db, member.id, assembly.cutoff_date);
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
