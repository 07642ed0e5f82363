import type { FastifyRequest } from 'fastify';
import { DomainError, checkWindow } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { loadRegisterEntity } from '../membership/queries.ts';
import type { AssemblyInput, VoteInput } from './schemas.ts';
import { loadAssembly } from './queries.ts';
import { newSealKey } from './seal.ts';

/** An administrator prepares a general assembly of an entity that keeps a register of members. */
export async function prepareAssembly(ctx: AppContext, request: FastifyRequest, input: AssemblyInput) {
  await loadRegisterEntity(ctx.db, input.entityId);
  if (input.cutoffDate > input.heldAt.slice(0, 10))
    throw DomainError.field('cutoffDate', 'governance.assembly.cutoff_after_assembly');
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO gov_assemblies (entity_id, title, held_at, place, stream_url, cutoff_date, second_convocation, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        input.entityId,
        JSON.stringify(input.title),
        input.heldAt,
        input.place,
        input.streamUrl ?? null,
        input.cutoffDate,
        input.secondConvocation,
        request.user!.id,
      ],
    );
    const id = rows[0]!.id;
    for (const [i, doc] of input.documents.entries())
      await tx.query(
        'INSERT INTO gov_assembly_documents (assembly_id, position, title, url) VALUES ($1, $2, $3, $4)',
        [id, i + 1, JSON.stringify(doc.title), doc.url],
      );
    await audit(tx, request, {
      action: 'governance.assembly_prepared',
      subjectType: 'assembly',
      subjectId: id,
      entityId: input.entityId,
      after: input,
    });
    return { id };
  });
}

/**
 * Adds a vote to an assembly: the agenda's resolutions, or a board election with its call for
 * candidates. Its window opens online before the assembly and closes no earlier than its start.
 */
export async function addVote(
  ctx: AppContext,
  request: FastifyRequest,
  assemblyId: string,
  input: VoteInput,
) {
  return ctx.db.transaction(async (tx) => {
    const assembly = await loadAssembly(tx, assemblyId, true);
    if (assembly.status === 'closed') throw DomainError.conflict('governance.assembly.closed');
    checkWindow({ opensAt: input.opensAt, closesAt: input.closesAt }, assembly.held_at.toISOString());
    if (input.kind === 'election') {
      if (Date.parse(input.callClosesAt) <= Date.parse(input.callOpensAt))
        throw DomainError.field('callClosesAt', 'governance.window.closes_before_opening');
      if (Date.parse(input.callClosesAt) > Date.parse(input.opensAt))
        throw DomainError.field('callClosesAt', 'governance.candidacy.call_after_opening');
    }
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO gov_votes (assembly_id, entity_id, kind, title, opens_at, closes_at, allow_change, max_choices,
                              call_opens_at, call_closes_at, seal_key_enc)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        assembly.id,
        assembly.entity_id,
        input.kind,
        JSON.stringify(input.title),
        input.opensAt,
        input.closesAt,
        input.allowChange,
        input.kind === 'election' ? input.maxChoices : null,
        input.kind === 'election' ? input.callOpensAt : null,
        input.kind === 'election' ? input.callClosesAt : null,
        newSealKey(ctx.protector),
      ],
    );
    const id = rows[0]!.id;
    if (input.kind === 'resolutions')
      for (const [i, r] of input.resolutions.entries())
        await tx.query(
          'INSERT INTO gov_resolutions (vote_id, position, kind, title, body) VALUES ($1, $2, $3, $4, $5)',
          [id, i + 1, r.kind, JSON.stringify(r.title), JSON.stringify(r.body)],
        );
    await audit(tx, request, {
      action: 'governance.vote_prepared',
      subjectType: 'vote',
      subjectId: id,
      entityId: assembly.entity_id,
      after: input,
    });
    return { id };
  });
}
