import type { FastifyRequest } from 'fastify';
import { DomainError, checkCandidacy, voterEligibility, type ShareCategoryCode } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { loadHoldings } from '../membership/queries.ts';
import { loadAssembly, loadVote, memberOfUserIn, nowIso, registerMember, statutesOf } from './queries.ts';
import type { CandidacyBody } from './schemas.ts';

/**
 * A member stands for the board through the online form during the call period: profile, motivation,
 * skills, vision, category and gender (seeds 001:L420-425). Checked for eligibility; published at once
 * as a candidate page. A second candidacy, even concurrent, is refused by the database.
 */
export async function standAsCandidate(
  ctx: AppContext,
  request: FastifyRequest,
  voteId: string,
  input: CandidacyBody,
) {
  const user = request.user!;
  const vote = await loadVote(ctx.db, voteId);
  if (vote.kind !== 'election') throw DomainError.notFound();
  const assembly = await loadAssembly(ctx.db, vote.assembly_id);
  const me = await memberOfUserIn(ctx.db, user.id, vote.entity_id);
  if (!me) throw DomainError.forbidden('governance.candidacy.not_eligible');
  const statutes = statutesOf(vote.entity_id);
  const eligibility = voterEligibility(
    await registerMember(ctx.db, me.id, assembly.cutoff_date),
    assembly.cutoff_date,
  );
  const holdings = await loadHoldings(ctx.db, me.id);
  const { rows: existing } = await ctx.db.query(
    'SELECT 1 FROM gov_candidates WHERE vote_id = $1 AND member_id = $2',
    [vote.id, me.id],
  );
  const gender = me.kind === 'natural' ? (input.gender ?? me.gender) : (input.gender ?? null);
  const { group } = checkCandidacy(
    { opensAt: vote.call_opens_at!.toISOString(), closesAt: vote.call_closes_at!.toISOString() },
    nowIso(),
    statutes,
    {
      eligibility,
      personKind: me.kind,
      category: input.category,
      heldCategories: Object.keys(holdings) as ShareCategoryCode[],
      gender,
      alreadyCandidate: existing.length > 0,
    },
  );
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO gov_candidates (vote_id, member_id, display_name, category, seat_group, person_kind, gender, profile,
                                   motivation, skills, vision, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        vote.id,
        me.id,
        me.display_name,
        input.category,
        group,
        me.kind,
        gender,
        input.profile,
        input.motivation,
        input.skills,
        input.vision,
        me.language,
      ],
    );
    await audit(tx, request, {
      action: 'governance.candidacy_filed',
      subjectType: 'vote',
      subjectId: vote.id,
      entityId: vote.entity_id,
      after: { candidateId: rows[0]!.id, memberId: me.id, category: input.category, group },
    });
    return { id: rows[0]!.id, group };
  });
}
