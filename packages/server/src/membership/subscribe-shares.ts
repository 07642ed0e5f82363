import type { FastifyRequest } from 'fastify';
import { nextNumber, type Queryable } from '@partage/db';
import {
  checkResignation,
  checkTransfer,
  DomainError,
  epcQrPayload,
  formatMoney,
  formatStructuredCommunication,
  makeStructuredCommunication,
  priceSubscription,
  type Holdings,
  type Language,
  type PersonKind,
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import {
  loadHoldings,
  loadRegisterEntity,
  memberByNumber,
  memberOfUser,
  type EntityRow,
  type RequestRow,
} from './queries.ts';
import type { SessionUser } from '../http/context.ts';

/** The structured communication of a share subscription: the entity's prefix digit, then a counter. */
async function newShareReference(tx: Queryable, entity: EntityRow): Promise<string> {
  const sequence = await nextNumber(tx, entity.id, 'share_reference');
  return makeStructuredCommunication(entity.settings.shareReferencePrefix * 1_000_000_000 + sequence);
}

export interface PaymentInstructions {
  beneficiary: string;
  iban: string;
  bic: string | null;
  amountCents: number;
  dueCents: number;
  reference: string;
  epcPayload: string;
}

export function paymentInstructions(
  entity: EntityRow,
  request: Pick<RequestRow, 'amount_cents' | 'paid_cents' | 'structured_reference'>,
): PaymentInstructions | null {
  if (!request.structured_reference || !entity.iban) return null;
  const dueCents = Math.max(0, request.amount_cents - request.paid_cents);
  const reference = formatStructuredCommunication(request.structured_reference);
  return {
    beneficiary: entity.name,
    iban: entity.iban,
    bic: entity.bic,
    amountCents: request.amount_cents,
    dueCents,
    reference,
    epcPayload: epcQrPayload({
      name: entity.name,
      iban: entity.iban,
      ...(entity.bic ? { bic: entity.bic } : {}),
      amountCents: dueCents > 0 ? dueCents : request.amount_cents,
      currency: 'EUR',
      structuredReference: request.structured_reference,
    }),
  };
}

/** Opens a (first or additional) subscription with its unique structured communication. */
export async function openSubscription(
  ctx: AppContext,
  tx: Queryable,
  request: FastifyRequest,
  input: {
    entity: EntityRow;
    memberId: string;
    personKind: PersonKind;
    kind: 'subscription' | 'additional';
    category: string;
    quantity: number;
    holdings: Holdings;
    createdBy: string;
    notify: { to: string; name: string; language: Language };
  },
) {
  const priced = priceSubscription({
    settings: input.entity.settings,
    personKind: input.personKind,
    category: input.category,
    quantity: input.quantity,
    holdings: input.holdings,
  });
  const reference = await newShareReference(tx, input.entity);
  const { rows } = await tx.query<RequestRow>(
    `INSERT INTO share_requests (entity_id, member_id, kind, category, quantity, unit_value_cents, amount_cents,
        structured_reference, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [
      input.entity.id,
      input.memberId,
      input.kind,
      input.category,
      input.quantity,
      priced.unitValueCents,
      priced.amountCents,
      reference,
      input.createdBy,
    ],
  );
  const created = rows[0]!;
  await audit(tx, request, {
    action: `shares.${input.kind}_requested`,
    subjectType: 'share_request',
    subjectId: created.id,
    entityId: input.entity.id,
    after: created,
  });
  const lang = input.notify.language;
  await queueEmail(
    tx,
    {
      entityId: input.entity.id,
      to: input.notify.to,
      language: lang,
      template: 'subscription_received',
      params: {
        name: input.notify.name,
        entity: input.entity.name,
        quantity: input.quantity,
        category: input.category,
        amount: formatMoney(priced.amountCents, lang),
        iban: input.entity.iban ?? '',
        bic: input.entity.bic ?? '',
        reference: formatStructuredCommunication(reference),
      },
    },
    ctx.delivery,
  );
  return created;
}

/** A member asks for more shares, to resign shares, or to transfer shares to another member. */
export async function requestShareOperation(
  ctx: AppContext,
  request: FastifyRequest,
  user: SessionUser,
  input: {
    entityId: string;
    kind: 'additional' | 'resignation' | 'transfer';
    category: string;
    quantity: number;
    toMemberNumber?: number;
    note?: string;
  },
) {
  const entity = await loadRegisterEntity(ctx.db, input.entityId);
  return ctx.db.transaction(async (tx) => {
    const member = await memberOfUser(tx, user.id, entity.id);
    if (!member || member.status !== 'member') throw DomainError.forbidden('member.not_member');
    await tx.query('SELECT 1 FROM members WHERE id = $1 FOR UPDATE', [member.id]);
    const holdings = await loadHoldings(tx, member.id);
    if (input.kind === 'additional') {
      return openSubscription(ctx, tx, request, {
        entity,
        memberId: member.id,
        personKind: member.kind,
        kind: 'additional',
        category: input.category,
        quantity: input.quantity,
        holdings,
        createdBy: user.id,
        notify: { to: member.email, name: member.display_name, language: member.language },
      });
    }
    let nominalCents: number;
    let toMemberId: string | null = null;
    if (input.kind === 'resignation') {
      nominalCents = checkResignation({
        settings: entity.settings,
        category: input.category,
        quantity: input.quantity,
        holdings,
      }).nominalCents;
    } else {
      if (!input.toMemberNumber) throw DomainError.field('toMemberNumber', 'field.required');
      const target = await memberByNumber(tx, entity.id, input.toMemberNumber);
      if (!target || target.status !== 'member')
        throw DomainError.field('toMemberNumber', 'shares.transfer.unknown_member');
      toMemberId = target.id;
      nominalCents = checkTransfer({
        settings: entity.settings,
        category: input.category,
        quantity: input.quantity,
        fromHoldings: holdings,
        toHoldings: await loadHoldings(tx, target.id),
        toPersonKind: target.kind,
        sameMember: target.id === member.id,
      }).nominalCents;
    }
    const { rows } = await tx.query<RequestRow>(
      `INSERT INTO share_requests (entity_id, member_id, kind, category, quantity, unit_value_cents, amount_cents,
          to_member_id, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [
        entity.id,
        member.id,
        input.kind,
        input.category,
        input.quantity,
        nominalCents / input.quantity,
        nominalCents,
        toMemberId,
        input.note ?? null,
        user.id,
      ],
    );
    await audit(tx, request, {
      action: `shares.${input.kind}_requested`,
      subjectType: 'share_request',
      subjectId: rows[0]!.id,
      entityId: entity.id,
      after: rows[0],
    });
    return rows[0]!;
  });
}
