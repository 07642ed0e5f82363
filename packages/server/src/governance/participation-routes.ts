import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser, type GuardOptions } from '../auth/guards.ts';
import {
  attendanceSchema,
  entityQuery,
  figuresQuery,
  idParams,
  infoSessionSchema,
  meetingSchema,
  recommendationSchema,
  recommendationStatusSchema,
  registrationSchema,
  sessionListQuery,
  workingGroupSchema,
} from './schemas.ts';
import {
  addMeeting,
  answerRecommendation,
  createWorkingGroup,
  joinWorkingGroup,
  listWorkingGroups,
  publishRecommendation,
} from './working-groups.ts';
import {
  cancelRegistration,
  listSessions,
  recordAttendance,
  registerForSession,
  scheduleSession,
  sendReminders,
  sessionFigures,
  sessionRegistrations,
} from './info-sessions.ts';

/** Working groups, recommendations and information sessions. */
export async function participationRoutes(
  root: FastifyInstance,
  ctx: AppContext,
  guard: GuardOptions,
): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['governance'];

  app.get(
    '/governance/groups',
    {
      schema: {
        tags,
        summary: 'Working groups, meetings and recommendations with their follow-up',
        querystring: entityQuery,
      },
    },
    async (request) => ({
      groups: await listWorkingGroups(ctx.db, request.query.entityId, requireUser(request).id),
    }),
  );
  app.post(
    '/governance/groups',
    { schema: { tags, summary: 'Create a working group (administrators)', body: workingGroupSchema } },
    async (request, reply) => {
      requireRole(request, guard, 'admin');
      return reply.status(201).send(await createWorkingGroup(ctx, request, request.body));
    },
  );
  app.post(
    '/governance/groups/:id/join',
    { schema: { tags, summary: 'Join a working group', params: idParams } },
    async (request, reply) => {
      requireUser(request);
      return reply.status(201).send(await joinWorkingGroup(ctx, request, request.params.id));
    },
  );
  app.post(
    '/governance/groups/:id/meetings',
    { schema: { tags, summary: 'Record a meeting of the group', params: idParams, body: meetingSchema } },
    async (request, reply) => {
      requireUser(request);
      return reply.status(201).send(await addMeeting(ctx, request, request.params.id, request.body));
    },
  );
  app.post(
    '/governance/groups/:id/recommendations',
    {
      schema: {
        tags,
        summary: 'Publish a recommendation of the group',
        params: idParams,
        body: recommendationSchema,
      },
    },
    async (request, reply) => {
      requireUser(request);
      return reply
        .status(201)
        .send(await publishRecommendation(ctx, request, request.params.id, request.body));
    },
  );
  app.post(
    '/governance/recommendations/:id/status',
    {
      schema: {
        tags,
        summary:
          'Examine, answer (adopted, adapted, refused with reasons) and follow up a recommendation (board)',
        params: idParams,
        body: recommendationStatusSchema,
      },
    },
    async (request) => {
      requireRole(request, guard, 'board', 'admin');
      return answerRecommendation(ctx, request, request.params.id, request.body);
    },
  );

  // Information sessions: the calendar and the registration are public (newcomers have no account).
  app.get(
    '/governance/sessions',
    { schema: { tags, summary: 'Upcoming information sessions', querystring: sessionListQuery } },
    async (request) => ({
      sessions: await listSessions(ctx.db, request.query.entityId, {
        office: request.query.office,
        language: request.query.language,
      }),
    }),
  );
  app.post(
    '/governance/sessions',
    {
      schema: { tags, summary: 'Schedule an information session (administrators)', body: infoSessionSchema },
    },
    async (request, reply) => {
      requireRole(request, guard, 'admin');
      return reply.status(201).send(await scheduleSession(ctx, request, request.body));
    },
  );
  app.post(
    '/governance/sessions/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Register for a session (waiting list when full)',
        params: idParams,
        body: registrationSchema,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerForSession(ctx, request, request.params.id, request.body)),
  );
  app.get(
    '/governance/sessions/:id/registrations',
    { schema: { tags, summary: 'Registrations of a session (administrators)', params: idParams } },
    async (request) => {
      requireRole(request, guard, 'admin');
      return { registrations: await sessionRegistrations(ctx.db, request.params.id) };
    },
  );
  app.post(
    '/governance/sessions/:id/registrations/:registrationId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a registration (administrators); the waiting list moves up',
        params: z.object({ id: z.uuid(), registrationId: z.uuid() }),
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return cancelRegistration(ctx, request, request.params.id, request.params.registrationId);
    },
  );
  app.post(
    '/governance/sessions/:id/attendance',
    {
      schema: {
        tags,
        summary: 'Record attendance (administrators)',
        params: idParams,
        body: attendanceSchema,
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return recordAttendance(ctx, request, request.params.id, request.body.attended);
    },
  );
  app.post(
    '/governance/sessions/reminders',
    {
      schema: {
        tags,
        summary: 'Send the reminders of the next two days (administrators)',
        querystring: entityQuery,
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return sendReminders(ctx, request, request.query.entityId);
    },
  );
  app.get(
    '/governance/sessions/figures',
    { schema: { tags, summary: 'Sessions and participants of a year', querystring: figuresQuery } },
    async (request) => {
      requireRole(request, guard, 'admin', 'board');
      return sessionFigures(ctx.db, request.query.entityId, request.query.year);
    },
  );
}
