import type { FastifyRequest } from 'fastify';
import { DomainError, checkProxy, voterEligibility, type ProxyGrant } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { loadAssembly, memberByNumberIn, memberOfUserIn, registerMember, statutesOf } from './queries.ts';

/**
 * A member gives their proxy for an assembly to another member (by member number). Both must have the
 * right to vote; no chains; at most the statutory number per holder; not after having voted. The
 * assembly row is locked so that two proxies given at once are checked one after the other.
 */
export async function giveProxy(
  ctx: AppContext,
  request: FastifyRequest,
  assemblyId: string,
  input: { holderMemberNumber: number },
) {
  const user = request.user!;
  return ctx.db.transaction(async (tx) => {
    const assembly = await loadAssembly(tx, assemblyId, true);
    if (assembly.status === 'closed') throw DomainError.conflict('governance.assembly.closed');
    const giver = await memberOfUserIn(tx, user.id, assembly.entity_id);
    if (!giver) throw DomainError.forbidden('governance.voter.not_member');
    const holder = await memberByNumberIn(tx, assembly.entity_id, input.holderMemberNumber);
    if (!holder) throw DomainError.field('holderMemberNumber', 'governance.proxy.unknown_holder');
    const cutoff = assembly.cutoff_date;
    const giverEligibility = voterEligibility(await registerMember(tx, giver.id, cutoff), cutoff);
    if (!giverEligibility.eligible) throw DomainError.forbidden(giverEligibility.code);
    if (!voterEligibility(await registerMember(tx, holder.id, cutoff), cutoff).eligible)
      throw DomainError.field('holderMemberNumber', 'governance.proxy.not_eligible');
    const { rows: voted } = await tx.query(
      `SELECT 1 FROM gov_participations p JOIN gov_votes v ON v.id = p.vote_id
        WHERE v.assembly_id = $1 AND p.member_id = $2 LIMIT 1`,
      [assembly.id, giver.id],
    );
    if (voted[0]) throw DomainError.conflict('governance.proxy.already_voted');
    const { rows: existing } = await tx.query<ProxyGrant>(
      'SELECT giver_member_id AS "giverId", holder_member_id AS "holderId" FROM gov_proxies WHERE assembly_id = $1',
      [assembly.id],
    );
    const grant = { giverId: giver.id, holderId: holder.id };
    checkProxy(grant, existing, statutesOf(assembly.entity_id).maxProxiesPerHolder);
    await tx.query(
      'INSERT INTO gov_proxies (assembly_id, giver_member_id, holder_member_id) VALUES ($1, $2, $3)',
      [assembly.id, giver.id, holder.id],
    );
    await audit(tx, request, {
      action: 'governance.proxy_given',
      subjectType: 'assembly',
      subjectId: assembly.id,
      entityId: assembly.entity_id,
      after: grant,
    });
    return { holder: { memberNumber: holder.member_number, name: holder.display_name } };
  });
}
