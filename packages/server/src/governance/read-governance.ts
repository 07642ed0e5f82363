import type { Queryable } from '@partage/db';
import { DomainError, voterEligibility, windowState } from '@partage/domain';
import type { SessionUser } from '../http/context.ts';
import { hasRole } from '../auth/guards.ts';
import {
  loadAssembly,
  loadCandidates,
  loadResolutions,
  loadVote,
  memberOfUserIn,
  nowIso,
  registerMember,
  type VoteRow,
} from './queries.ts';
import { normaliseReceipt } from './seal.ts';

function voteSummary(vote: VoteRow) {
  return {
    id: vote.id,
    kind: vote.kind,
    title: vote.title,
    opensAt: vote.opens_at.toISOString(),
    closesAt: vote.closes_at.toISOString(),
    allowChange: vote.allow_change,
    maxChoices: vote.max_choices,
    callOpensAt: vote.call_opens_at?.toISOString() ?? null,
    callClosesAt: vote.call_closes_at?.toISOString() ?? null,
    state: windowState(
      {
        opensAt: vote.opens_at.toISOString(),
        closesAt: vote.closes_at.toISOString(),
        closedAt: vote.closed_at?.toISOString(),
      },
      nowIso(),
    ),
    closedAt: vote.closed_at?.toISOString() ?? null,
  };
}

/** Assemblies of an entity: members see the convened ones, administrators also the drafts. */
export async function listAssemblies(db: Queryable, user: SessionUser, entityId: string) {
  const admin = hasRole(user, 'admin');
  const { rows } = await db.query<{
    id: string;
    title: unknown;
    held_at: Date;
    place: string;
    status: string;
  }>(
    `SELECT id, title, held_at, place, status FROM gov_assemblies
      WHERE entity_id = $1 AND ($2 OR status <> 'draft') ORDER BY held_at DESC LIMIT 100`,
    [entityId, admin],
  );
  const { rows: votes } = await db.query<VoteRow>(
    `SELECT v.* FROM gov_votes v WHERE v.assembly_id = ANY($1::uuid[]) ORDER BY v.created_at`,
    [rows.map((r) => r.id)],
  );
  return rows.map((a) => ({
    id: a.id,
    title: a.title,
    heldAt: a.held_at.toISOString(),
    place: a.place,
    status: a.status,
    votes: votes.filter((v) => v.assembly_id === a.id).map(voteSummary),
  }));
}

/** One assembly with its documents, votes (agenda or candidates), and what the reader may do. */
export async function assemblyView(db: Queryable, user: SessionUser, id: string) {
  const assembly = await loadAssembly(db, id);
  if (assembly.status === 'draft' && !hasRole(user, 'admin')) throw DomainError.notFound();
  const { rows: documents } = await db.query(
    'SELECT title, url FROM gov_assembly_documents WHERE assembly_id = $1 ORDER BY position',
    [id],
  );
  const { rows: votes } = await db.query<VoteRow>(
    'SELECT * FROM gov_votes WHERE assembly_id = $1 ORDER BY created_at',
    [id],
  );
  const me = await memberOfUserIn(db, user.id, assembly.entity_id);
  const eligibility = me
    ? voterEligibility(await registerMember(db, me.id, assembly.cutoff_date), assembly.cutoff_date)
    : null;
  const { rows: proxies } = me
    ? await db.query<{
        giver: string;
        holder: string;
        giver_name: string;
        holder_name: string;
        holder_number: number;
      }>(
        `SELECT g.giver_member_id AS giver, g.holder_member_id AS holder,
                COALESCE(pg.legal_name, pg.first_name || ' ' || pg.last_name) AS giver_name,
                COALESCE(ph.legal_name, ph.first_name || ' ' || ph.last_name) AS holder_name, mh.member_number AS holder_number
           FROM gov_proxies g
           JOIN members mg ON mg.id = g.giver_member_id JOIN people pg ON pg.id = mg.person_id
           JOIN members mh ON mh.id = g.holder_member_id JOIN people ph ON ph.id = mh.person_id
          WHERE g.assembly_id = $1 AND (g.giver_member_id = $2 OR g.holder_member_id = $2)`,
        [id, me.id],
      )
    : { rows: [] };
  const { rows: voted } = me
    ? await db.query<{ vote_id: string; member_id: string }>(
        `SELECT p.vote_id, p.member_id FROM gov_participations p JOIN gov_votes v ON v.id = p.vote_id
          WHERE v.assembly_id = $1 AND p.member_id = ANY($2::uuid[])`,
        [id, [me.id, ...proxies.filter((p) => p.holder === me.id).map((p) => p.giver)]],
      )
    : { rows: [] };
  const detailed = [];
  for (const vote of votes) {
    const resolutions = vote.kind === 'resolutions' ? await loadResolutions(db, vote.id) : [];
    const candidates = vote.kind === 'election' ? await loadCandidates(db, vote.id) : [];
    detailed.push({
      ...voteSummary(vote),
      resolutions: resolutions.map((r) => ({
        id: r.id,
        position: r.position,
        kind: r.kind,
        title: r.title,
        body: r.body,
      })),
      candidates: candidates.map(candidateSummary),
      iVoted: !!me && voted.some((v) => v.vote_id === vote.id && v.member_id === me.id),
      votedFor: voted.filter((v) => v.vote_id === vote.id && v.member_id !== me?.id).map((v) => v.member_id),
    });
  }
  return {
    id: assembly.id,
    entityId: assembly.entity_id,
    title: assembly.title,
    heldAt: assembly.held_at.toISOString(),
    place: assembly.place,
    streamUrl: assembly.stream_url,
    cutoffDate: assembly.cutoff_date,
    secondConvocation: assembly.second_convocation,
    status: assembly.status,
    convenedAt: assembly.convened_at?.toISOString() ?? null,
    convenedCount: assembly.convened_count,
    documents,
    votes: detailed,
    me: me
      ? {
          memberId: me.id,
          memberNumber: me.member_number,
          eligible: eligibility?.eligible ?? false,
          ineligibility: eligibility && !eligibility.eligible ? eligibility.code : null,
          proxyGiven: proxies.find((p) => p.giver === me.id)
            ? {
                holderName: proxies.find((p) => p.giver === me.id)!.holder_name,
                holderNumber: proxies.find((p) => p.giver === me.id)!.holder_number,
              }
            : null,
          proxiesHeld: proxies
            .filter((p) => p.holder === me.id)
            .map((p) => ({ memberId: p.giver, name: p.giver_name })),
        }
      : null,
  };
}

function candidateSummary(c: Awaited<ReturnType<typeof loadCandidates>>[number]) {
  return {
    id: c.id,
    name: c.display_name,
    category: c.category,
    group: c.seat_group,
    personKind: c.person_kind,
    gender: c.gender,
    profile: c.profile,
    motivation: c.motivation,
    skills: c.skills,
    vision: c.vision,
    language: c.language,
  };
}

/** A published candidate page. */
export async function candidateView(db: Queryable, id: string) {
  const { rows } = await db.query<{ vote_id: string }>('SELECT vote_id FROM gov_candidates WHERE id = $1', [
    id,
  ]);
  if (!rows[0]) throw DomainError.notFound();
  const vote = await loadVote(db, rows[0].vote_id);
  const candidate = (await loadCandidates(db, vote.id)).find((c) => c.id === id)!;
  return { ...candidateSummary(candidate), vote: voteSummary(vote), assemblyId: vote.assembly_id };
}

/** The results: nobody, administrators included, sees anything before the close. */
export async function voteResults(db: Queryable, id: string) {
  const vote = await loadVote(db, id);
  if (!vote.closed_at) throw DomainError.conflict('governance.vote.results_before_close');
  const resolutions = vote.kind === 'resolutions' ? await loadResolutions(db, vote.id) : [];
  return {
    vote: { ...voteSummary(vote), assemblyId: vote.assembly_id },
    resolutions: resolutions.map((r) => ({ id: r.id, position: r.position, kind: r.kind, title: r.title })),
    results: vote.results,
  };
}

/** Every receipt code with its content, after the close: anyone can check and recount. */
export async function publishedBallots(db: Queryable, id: string) {
  const vote = await loadVote(db, id);
  if (!vote.closed_at) throw DomainError.conflict('governance.vote.results_before_close');
  const { rows } = await db.query<{ receipt: string; category: string; content: unknown }>(
    'SELECT receipt, category, content FROM gov_ballots WHERE vote_id = $1 ORDER BY receipt',
    [id],
  );
  return { vote: voteSummary(vote), ballots: rows };
}

/** Looks a receipt code up among the published ballots. */
export async function checkReceipt(db: Queryable, id: string, code: string) {
  const vote = await loadVote(db, id);
  if (!vote.closed_at) throw DomainError.conflict('governance.vote.results_before_close');
  const { rows } = await db.query<{ receipt: string; category: string; content: unknown }>(
    'SELECT receipt, category, content FROM gov_ballots WHERE vote_id = $1 AND receipt = $2',
    [id, normaliseReceipt(code)],
  );
  if (!rows[0]) throw DomainError.notFound('governance.receipt.not_found');
  return rows[0];
}
