import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser } from '../auth/guards.ts';
import {
  assemblySchema,
  ballotSchema,
  candidacySchema,
  entityQuery,
  idParams,
  proxySchema,
  roomBallotSchema,
  voteSchema,
} from './schemas.ts';
import { addVote, prepareAssembly } from './prepare-assembly.ts';
import { sendConvocation } from './send-convocation.ts';
import { castBallot, castRoomBallot } from './cast-ballot.ts';
import { closeVote } from './close-vote.ts';
import { standAsCandidate } from './stand-as-candidate.ts';
import { giveProxy } from './give-proxy.ts';
import {
  assemblyView,
  candidateView,
  checkReceipt,
  listAssemblies,
  publishedBallots,
  voteResults,
} from './read-governance.ts';
import { minutesRoutes } from './minutes.ts';
import { participationRoutes } from './participation-routes.ts';

/** Cooperative democracy: assemblies, votes, elections, proxies, results; participation. */
export async function governanceRoutes(root: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const guard = { staffTwoFactorRequired: ctx.config.staffTwoFactorRequired };
  const tags = ['governance'];

  app.get(
    '/governance/assemblies',
    { schema: { tags, summary: 'General assemblies of an entity', querystring: entityQuery } },
    async (request) => ({
      assemblies: await listAssemblies(ctx.db, requireUser(request), request.query.entityId),
    }),
  );

  app.post(
    '/governance/assemblies',
    { schema: { tags, summary: 'Prepare a general assembly (administrators)', body: assemblySchema } },
    async (request, reply) => {
      requireRole(request, guard, 'admin');
      return reply.status(201).send(await prepareAssembly(ctx, request, request.body));
    },
  );

  app.get(
    '/governance/assemblies/:id',
    { schema: { tags, summary: 'An assembly: agenda, documents, votes, my rights', params: idParams } },
    async (request) => assemblyView(ctx.db, requireUser(request), request.params.id),
  );

  app.post(
    '/governance/assemblies/:id/votes',
    {
      schema: {
        tags,
        summary: 'Add a resolutions vote or a board election (administrators)',
        params: idParams,
        body: voteSchema,
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'admin');
      return reply.status(201).send(await addVote(ctx, request, request.params.id, request.body));
    },
  );

  app.post(
    '/governance/assemblies/:id/convocation',
    { schema: { tags, summary: 'Send the convocation to every member (administrators)', params: idParams } },
    async (request) => {
      requireRole(request, guard, 'admin');
      return sendConvocation(ctx, request, request.params.id);
    },
  );

  app.post(
    '/governance/assemblies/:id/proxies',
    { schema: { tags, summary: 'Give my proxy to another member', params: idParams, body: proxySchema } },
    async (request, reply) => {
      requireUser(request);
      return reply.status(201).send(await giveProxy(ctx, request, request.params.id, request.body));
    },
  );

  // Not idempotent on purpose: a stored answer (the receipt) next to the user would link voter and ballot.
  app.post(
    '/governance/votes/:id/ballots',
    {
      schema: {
        tags,
        summary: 'Cast (or replace) my ballot, or the ballot of a member whose proxy I hold',
        params: idParams,
        body: ballotSchema,
      },
    },
    async (request, reply) => {
      requireUser(request);
      return reply.status(201).send(await castBallot(ctx, request, request.params.id, request.body));
    },
  );

  app.post(
    '/governance/votes/:id/room-ballots',
    {
      schema: {
        tags,
        summary: 'Enter the ballot of a member present in the room (staff)',
        params: idParams,
        body: roomBallotSchema,
      },
    },
    async (request, reply) => {
      requireRole(request, guard, 'admin');
      return reply.status(201).send(await castRoomBallot(ctx, request, request.params.id, request.body));
    },
  );

  app.post(
    '/governance/votes/:id/close',
    {
      schema: {
        tags,
        summary: 'Close the vote, publish the ballots and the results (administrators)',
        params: idParams,
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return { results: await closeVote(ctx, request, request.params.id) };
    },
  );

  app.post(
    '/governance/votes/:id/candidates',
    {
      schema: {
        tags,
        summary: 'Stand as a candidate for the board',
        params: idParams,
        body: candidacySchema,
      },
    },
    async (request, reply) => {
      requireUser(request);
      return reply.status(201).send(await standAsCandidate(ctx, request, request.params.id, request.body));
    },
  );

  app.get(
    '/governance/candidates/:id',
    { schema: { tags, summary: 'A candidate page', params: idParams } },
    async (request) => {
      requireUser(request);
      return candidateView(ctx.db, request.params.id);
    },
  );

  app.get(
    '/governance/votes/:id/results',
    { schema: { tags, summary: 'Results of a closed vote (public once closed)', params: idParams } },
    async (request) => voteResults(ctx.db, request.params.id),
  );

  // Public after the close: anyone may check a receipt and recount.
  app.get(
    '/governance/votes/:id/ballots',
    { schema: { tags, summary: 'Every receipt code with its content (after the close)', params: idParams } },
    async (request) => publishedBallots(ctx.db, request.params.id),
  );

  app.get(
    '/governance/votes/:id/receipts/:code',
    {
      schema: {
        tags,
        summary: 'Check a receipt code among the published ballots',
        params: z.object({ id: z.uuid(), code: z.string().min(4).max(40) }),
      },
    },
    async (request) => checkReceipt(ctx.db, request.params.id, request.params.code),
  );

  await minutesRoutes(root, ctx, guard);
  await participationRoutes(root, ctx, guard);
}
