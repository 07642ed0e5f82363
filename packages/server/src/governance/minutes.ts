import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, formatDate, interpolate, type Language, type Translated } from '@partage/domain';
import type { Queryable } from '@partage/db';
import type { AppContext } from '../context.ts';
import { requireRole, requireUser, type GuardOptions } from '../auth/guards.ts';
import { audit } from '../audit/record.ts';
import { PdfWriter } from '../documents/pdf.ts';
import { loadEntity } from '../membership/queries.ts';
import { idParams, minutesSchema, signMinutesSchema } from './schemas.ts';
import { loadAssembly, type VoteRow } from './queries.ts';

const T: Record<string, Translated> = {
  minutes: { fr: 'Procès-verbal', nl: 'Notulen', en: 'Minutes', de: 'Protokoll' },
  heldAt: { fr: 'Date', nl: 'Datum', en: 'Date', de: 'Datum' },
  place: { fr: 'Lieu', nl: 'Plaats', en: 'Place', de: 'Ort' },
  electorate: { fr: 'Électeurs', nl: 'Kiezers', en: 'Electorate', de: 'Wahlberechtigte' },
  participation: { fr: 'Votants', nl: 'Stemmers', en: 'Voters', de: 'Abstimmende' },
  resolution: { fr: 'Résolution', nl: 'Resolutie', en: 'Resolution', de: 'Beschluss' },
  for: { fr: 'Pour', nl: 'Voor', en: 'For', de: 'Dafür' },
  against: { fr: 'Contre', nl: 'Tegen', en: 'Against', de: 'Dagegen' },
  abstain: { fr: 'Abstention', nl: 'Onthouding', en: 'Abstain', de: 'Enthaltung' },
  outcome: { fr: 'Résultat', nl: 'Uitslag', en: 'Outcome', de: 'Ergebnis' },
  adopted: { fr: 'adoptée', nl: 'aangenomen', en: 'adopted', de: 'angenommen' },
  rejected: { fr: 'rejetée', nl: 'verworpen', en: 'rejected', de: 'abgelehnt' },
  no_quorum: {
    fr: 'quorum non atteint',
    nl: 'quorum niet bereikt',
    en: 'no quorum',
    de: 'Quorum nicht erreicht',
  },
  candidate: { fr: 'Candidat·e', nl: 'Kandidaat', en: 'Candidate', de: 'Kandidat' },
  votes: { fr: 'Voix', nl: 'Stemmen', en: 'Votes', de: 'Stimmen' },
  elected: { fr: 'Élu·e', nl: 'Verkozen', en: 'Elected', de: 'Gewählt' },
  yes: { fr: 'oui', nl: 'ja', en: 'yes', de: 'ja' },
  byParity: { fr: 'oui (parité)', nl: 'ja (pariteit)', en: 'yes (parity)', de: 'ja (Parität)' },
  signed: {
    fr: 'Signé le {date} par {signatories}. Empreinte SHA-256 du texte : {hash}',
    nl: 'Ondertekend op {date} door {signatories}. SHA-256-vingerafdruk van de tekst: {hash}',
    en: 'Signed on {date} by {signatories}. SHA-256 fingerprint of the text: {hash}',
    de: 'Unterzeichnet am {date} von {signatories}. SHA-256-Fingerabdruck des Textes: {hash}',
  },
};

interface ResolutionResultJson {
  resolutionId: string;
  counts: { for: number; against: number; abstain: number };
  outcome: 'adopted' | 'rejected' | 'no_quorum';
}
interface ResultsJson {
  kind: 'resolutions' | 'election';
  electorate: { voters: number };
  participation: { voters: number };
  resolutions?: ResolutionResultJson[];
  candidates?: Array<{ id: string; name: string; category: string; votes: number }>;
  allocation?: { elected: Array<{ candidateId: string; byParity: boolean }> };
}

/** The minutes PDF: the text, then every vote's results, then the signature line. */
async function minutesPdf(
  db: Queryable,
  assemblyId: string,
  body: string,
  language: Language,
  signatories: string,
  hash: string,
) {
  const assembly = await loadAssembly(db, assemblyId);
  const entity = await loadEntity(db, assembly.entity_id);
  const t = (key: string, params?: Record<string, string | number>) => interpolate(T[key]![language], params);
  const pdf = await PdfWriter.create(`${t('minutes')} – ${assembly.title[language]}`, language);
  pdf
    .heading(entity.name, 14)
    .heading(`${t('minutes')} – ${assembly.title[language]}`)
    .keyValues([
      [t('heldAt'), formatDate(assembly.held_at.toISOString(), language)],
      [t('place'), assembly.place],
    ])
    .space(8)
    .paragraph(body);
  const { rows: votes } = await db.query<VoteRow>(
    'SELECT * FROM gov_votes WHERE assembly_id = $1 ORDER BY created_at',
    [assemblyId],
  );
  for (const vote of votes) {
    const results = vote.results as ResultsJson;
    pdf.space(10).heading(vote.title[language], 13);
    pdf.keyValues([
      [t('electorate'), String(results.electorate.voters)],
      [t('participation'), String(results.participation.voters)],
    ]);
    if (results.kind === 'resolutions') {
      const { rows: resolutions } = await db.query<{ id: string; position: number; title: Translated }>(
        'SELECT id, position, title FROM gov_resolutions WHERE vote_id = $1 ORDER BY position',
        [vote.id],
      );
      pdf.table(
        [t('resolution'), t('for'), t('against'), t('abstain'), t('outcome')],
        resolutions.map((r) => {
          const res = results.resolutions!.find((x) => x.resolutionId === r.id)!;
          return [
            `${r.position}. ${r.title[language]}`,
            String(res.counts.for),
            String(res.counts.against),
            String(res.counts.abstain),
            t(res.outcome),
          ];
        }),
        [0.44, 0.12, 0.12, 0.14, 0.18],
        ['left', 'right', 'right', 'right', 'left'],
      );
    } else {
      const elected = new Map(results.allocation!.elected.map((e) => [e.candidateId, e.byParity]));
      pdf.table(
        [t('candidate'), t('votes'), t('elected')],
        [...results.candidates!]
          .sort((a, b) => b.votes - a.votes)
          .map((c) => [
            `${c.name} (${c.category})`,
            String(c.votes),
            elected.has(c.id) ? t(elected.get(c.id) ? 'byParity' : 'yes') : '',
          ]),
        [0.6, 0.15, 0.25],
        ['left', 'right', 'left'],
      );
    }
  }
  pdf
    .space(16)
    .paragraph(t('signed', { date: formatDate(new Date().toISOString(), language), signatories, hash }), 9);
  return pdf.bytes();
}

async function assertVotesClosed(db: Queryable, assemblyId: string) {
  const { rows } = await db.query(
    'SELECT 1 FROM gov_votes WHERE assembly_id = $1 AND closed_at IS NULL LIMIT 1',
    [assemblyId],
  );
  if (rows[0]) throw DomainError.conflict('governance.minutes.votes_open');
}

/** Drafts (or redrafts) the minutes' text; refused once signed (the database refuses it too). */
export async function draftMinutes(
  ctx: AppContext,
  request: FastifyRequest,
  assemblyId: string,
  body: string,
) {
  return ctx.db.transaction(async (tx) => {
    const assembly = await loadAssembly(tx, assemblyId, true);
    await assertVotesClosed(tx, assemblyId);
    const { rows } = await tx.query<{ signed_at: Date | null }>(
      'SELECT signed_at FROM gov_minutes WHERE assembly_id = $1',
      [assemblyId],
    );
    if (rows[0]?.signed_at) throw DomainError.conflict('governance.minutes.signed');
    await tx.query(
      `INSERT INTO gov_minutes (assembly_id, body) VALUES ($1, $2)
       ON CONFLICT (assembly_id) DO UPDATE SET body = EXCLUDED.body, updated_at = now()`,
      [assemblyId, body],
    );
    await audit(tx, request, {
      action: 'governance.minutes_drafted',
      subjectType: 'assembly',
      subjectId: assemblyId,
      entityId: assembly.entity_id,
    });
    return { assemblyId, signed: false };
  });
}

/**
 * Signs the minutes: the PDF (text + results) is produced once, stored with its SHA-256, and frozen.
 * The assembly is closed.
 */
export async function signMinutes(
  ctx: AppContext,
  request: FastifyRequest,
  assemblyId: string,
  signatories: string,
) {
  return ctx.db.transaction(async (tx) => {
    const assembly = await loadAssembly(tx, assemblyId, true);
    await assertVotesClosed(tx, assemblyId);
    const { rows } = await tx.query<{ body: string; signed_at: Date | null }>(
      'SELECT body, signed_at FROM gov_minutes WHERE assembly_id = $1 FOR UPDATE',
      [assemblyId],
    );
    if (!rows[0]) throw DomainError.notFound();
    if (rows[0].signed_at) throw DomainError.conflict('governance.minutes.signed');
    const { rows: entity } = await tx.query<{ languages: Language[] }>(
      'SELECT languages FROM entities WHERE id = $1',
      [assembly.entity_id],
    );
    const language = entity[0]?.languages[0] ?? 'fr';
    const hash = createHash('sha256').update(rows[0].body).digest('hex');
    const pdf = await minutesPdf(tx, assemblyId, rows[0].body, language, signatories, hash);
    const pdfHash = createHash('sha256').update(pdf).digest('hex');
    await tx.query(
      `UPDATE gov_minutes SET pdf = $2, pdf_sha256 = $3, signed_at = now(), signed_by = $4, signatories = $5
        WHERE assembly_id = $1`,
      [assemblyId, Buffer.from(pdf), pdfHash, request.user!.id, signatories],
    );
    await tx.query(`UPDATE gov_assemblies SET status = 'closed' WHERE id = $1 AND status <> 'draft'`, [
      assemblyId,
    ]);
    await audit(tx, request, {
      action: 'governance.minutes_signed',
      subjectType: 'assembly',
      subjectId: assemblyId,
      entityId: assembly.entity_id,
      after: { pdfSha256: pdfHash, signatories },
    });
    return { assemblyId, signed: true, pdfSha256: pdfHash };
  });
}

export async function minutesRoutes(
  root: FastifyInstance,
  ctx: AppContext,
  guard: GuardOptions,
): Promise<void> {
  const api = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['governance'];
  api.put(
    '/governance/assemblies/:id/minutes',
    {
      schema: { tags, summary: 'Draft the minutes (administrators)', params: idParams, body: minutesSchema },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return draftMinutes(ctx, request, request.params.id, request.body.body);
    },
  );
  api.post(
    '/governance/assemblies/:id/minutes/sign',
    {
      schema: {
        tags,
        summary: 'Sign and freeze the minutes (administrators)',
        params: idParams,
        body: signMinutesSchema,
      },
    },
    async (request) => {
      requireRole(request, guard, 'admin');
      return signMinutes(ctx, request, request.params.id, request.body.signatories);
    },
  );
  api.get(
    '/governance/assemblies/:id/minutes',
    { schema: { tags, summary: 'The minutes (text and state)', params: idParams } },
    async (request) => {
      requireUser(request);
      const { rows } = await ctx.db.query<{
        body: string;
        signed_at: Date | null;
        signatories: string | null;
        pdf_sha256: string | null;
      }>('SELECT body, signed_at, signatories, pdf_sha256 FROM gov_minutes WHERE assembly_id = $1', [
        request.params.id,
      ]);
      if (!rows[0]) throw DomainError.notFound();
      return {
        body: rows[0].body,
        signedAt: rows[0].signed_at?.toISOString() ?? null,
        signatories: rows[0].signatories,
        pdfSha256: rows[0].pdf_sha256,
      };
    },
  );
  api.get(
    '/governance/assemblies/:id/minutes.pdf',
    { schema: { tags, summary: 'The signed minutes (PDF)', params: idParams } },
    async (request, reply) => {
      requireUser(request);
      const { rows } = await ctx.db.query<{ pdf: Uint8Array | null }>(
        'SELECT pdf FROM gov_minutes WHERE assembly_id = $1',
        [request.params.id],
      );
      if (!rows[0]?.pdf) throw DomainError.notFound();
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="minutes-${request.params.id}.pdf"`)
        .send(Buffer.from(rows[0].pdf));
    },
  );
}
