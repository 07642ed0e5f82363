import {
  DomainError,
  changeParticipant,
  removeParticipant,
  validateInvitation,
  type InvitationInput,
  type ParticipantChange,
} from '@partage/domain';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { audit } from '../audit/record.ts';
import { queueEmail } from '../mail/outbox.ts';
import { activityActor, participantsOf, recordActivityEvent, requireActive } from './queries.ts';
import { rightsText } from './open-activity.ts';

interface InviteeRow {
  person_id: string;
  first_name: string;
  email: string;
  language: 'fr' | 'nl' | 'en' | 'de';
  member_status: string | null;
}

/**
 * Invites a member into the Activity with rights (the inviter needs `manage`). The invitee is found by
 * e-mail; only members take part. Someone removed earlier comes back with the new rights.
 */
export async function inviteParticipant(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  input: InvitationInput & { email: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId, true);
    requireActive(actor.activity);
    const email = typeof input.email === 'string' ? input.email.trim().toLowerCase() : '';
    const { rows } = await tx.query<InviteeRow>(
      `SELECT p.id AS person_id, p.first_name, p.email, p.language, m.status AS member_status
         FROM people p LEFT JOIN members m ON m.person_id = p.id AND m.entity_id = p.entity_id
        WHERE lower(p.email) = $1 AND p.kind = 'natural'`,
      [email],
    );
    const invitee = rows[0];
    if (!invitee) throw DomainError.field('email', 'activity.participant.no_person');
    const participant = validateInvitation(input, {
      inviter: actor.participant,
      invitee: {
        personId: invitee.person_id,
        isMember: invitee.member_status === 'member',
        prestationsWithoutShares: 0,
      },
      participants: participantsOf(actor),
    });
    await tx.query(
      `INSERT INTO activity_participants (activity_id, person_id, administrator, rights, invited_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (activity_id, person_id) DO UPDATE
         SET administrator = EXCLUDED.administrator, rights = EXCLUDED.rights, invited_by = EXCLUDED.invited_by,
             joined_at = now(), removed_at = NULL`,
      [actor.activity.id, participant.personId, participant.administrator, participant.rights, actor.user.id],
    );
    await recordActivityEvent(tx, actor.activity.id, {
      action: 'participant_invited',
      subjectType: 'person',
      subjectId: participant.personId,
      params: { rights: participant.rights.join(','), administrator: participant.administrator },
      actorId: actor.user.id,
    });
    await audit(tx, request, {
      action: 'activity.participant.invite',
      subjectType: 'activity',
      subjectId: actor.activity.id,
      entityId: actor.activity.entity_id,
      after: participant,
    });
    await queueEmail(
      tx,
      {
        entityId: actor.activity.entity_id,
        to: invitee.email,
        language: invitee.language,
        template: 'activity_invitation',
        params: {
          name: invitee.first_name,
          inviter: actor.user.displayName,
          activity: actor.activity.name,
          rights: rightsText(participant.rights, invitee.language),
          link: `${ctx.config.publicUrl}/activities/${actor.activity.id}`,
        },
      },
      ctx.delivery,
    );
  });
}

/** Changes a participant's rights, or removes them (`remove: true`). The Activity keeps an administrator. */
export async function changeParticipantRights(
  ctx: AppContext,
  request: FastifyRequest,
  activityId: string,
  personId: string,
  change: ParticipantChange & { remove?: boolean },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const actor = await activityActor(tx, request, activityId, true);
    const current = participantsOf(actor);
    if (change.remove) {
      removeParticipant(current, personId, actor.participant);
      await tx.query(
        'UPDATE activity_participants SET removed_at = now() WHERE activity_id = $1 AND person_id = $2',
        [actor.activity.id, personId],
      );
    } else {
      const next = changeParticipant(current, personId, change, actor.participant);
      const updated = next.find((p) => p.personId === personId)!;
      await tx.query(
        `UPDATE activity_participants SET administrator = $3, rights = $4
          WHERE activity_id = $1 AND person_id = $2`,
        [actor.activity.id, personId, updated.administrator, updated.rights],
      );
    }
    await recordActivityEvent(tx, actor.activity.id, {
      action: change.remove ? 'participant_removed' : 'participant_changed',
      subjectType: 'person',
      subjectId: personId,
      params: change.remove
        ? {}
        : { rights: (change.rights ?? []).join(','), administrator: !!change.administrator },
      actorId: actor.user.id,
    });
    await audit(tx, request, {
      action: `activity.participant.${change.remove ? 'remove' : 'change'}`,
      subjectType: 'activity',
      subjectId: actor.activity.id,
      entityId: actor.activity.entity_id,
      after: { personId, ...change },
    });
  });
}
