import { actingAs } from '../demo/acting-as.ts';
import type { AppContext } from '../context.ts';
import { addVote, prepareAssembly } from './prepare-assembly.ts';
import { sendConvocation } from './send-convocation.ts';
import { standAsCandidate } from './stand-as-candidate.ts';
import { createWorkingGroup, publishRecommendation, answerRecommendation } from './working-groups.ts';
import { scheduleSession } from './info-sessions.ts';

const DAY = 86_400_000;
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();
const tr = (fr: string, nl: string, en: string, de: string) => ({ fr, nl, en, de });

/**
 * Demo cooperative life: a general assembly in three weeks with the accounts to approve and an open
 * board election with two candidates, a working group with answered recommendations, and upcoming
 * information sessions in three languages.
 */
export async function seedGovernanceDemo(ctx: AppContext): Promise<void> {
  const admin = await actingAs(ctx.db, { email: 'admin@partage.coop' });
  const board = await actingAs(ctx.db, { email: 'board@partage.coop' });
  const assembly = await prepareAssembly(ctx, admin, {
    entityId: 'BE-COOP',
    title: tr(
      'Assemblée générale ordinaire',
      'Gewone algemene vergadering',
      'Ordinary general assembly',
      'Ordentliche Generalversammlung',
    ),
    heldAt: iso(21),
    place: 'Rue Coenraets 72, 1060 Saint-Gilles',
    streamUrl: 'https://stream.partage.coop/ag',
    cutoffDate: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
    secondConvocation: false,
    documents: [
      {
        title: tr('Comptes annuels', 'Jaarrekening', 'Annual accounts', 'Jahresabschluss'),
        url: 'https://partage.coop/documents/comptes.pdf',
      },
    ],
  });
  await addVote(ctx, admin, assembly.id, {
    kind: 'resolutions',
    title: tr('Résolutions', 'Resoluties', 'Resolutions', 'Beschlüsse'),
    opensAt: iso(-1),
    closesAt: iso(21.2),
    allowChange: true,
    resolutions: [
      {
        kind: 'ordinary',
        title: tr(
          'Approbation des comptes',
          'Goedkeuring van de rekeningen',
          'Approval of the accounts',
          'Genehmigung des Abschlusses',
        ),
        body: tr(
          "L'assemblée approuve les comptes de l'exercice écoulé.",
          'De vergadering keurt de rekeningen van het afgelopen boekjaar goed.',
          'The assembly approves the accounts of the past financial year.',
          'Die Versammlung genehmigt den Abschluss des vergangenen Geschäftsjahres.',
        ),
      },
      {
        kind: 'ordinary',
        title: tr(
          'Décharge aux administrateurs',
          'Kwijting aan de bestuurders',
          'Discharge of the directors',
          'Entlastung der Verwaltungsratsmitglieder',
        ),
        body: tr(
          "L'assemblée donne décharge aux administrateurs pour l'exercice écoulé.",
          'De vergadering verleent kwijting aan de bestuurders voor het afgelopen boekjaar.',
          'The assembly discharges the directors for the past financial year.',
          'Die Versammlung entlastet die Verwaltungsratsmitglieder für das vergangene Geschäftsjahr.',
        ),
      },
    ],
  });
  const election = await addVote(ctx, admin, assembly.id, {
    kind: 'election',
    title: tr(
      "Élection du conseil d'administration",
      'Verkiezing van de raad van bestuur',
      'Board election',
      'Wahl des Verwaltungsrats',
    ),
    callOpensAt: iso(-10),
    callClosesAt: iso(1),
    opensAt: iso(1),
    closesAt: iso(21.2),
    maxChoices: 18,
    allowChange: true,
  });
  for (const [email, profile] of [
    ['member@partage.coop', 'Graphiste indépendante, membre depuis 2023.'],
    ['jan.peeters@example.be', 'Geluidstechnicus, lid sinds 2022.'],
  ] as const) {
    await standAsCandidate(ctx, await actingAs(ctx.db, { email }), election.id, {
      category: 'A',
      profile,
      motivation: 'Porter la voix des membres utilisateurs.',
      skills: 'Budgets de projets, animation de groupes.',
      vision: 'Une coopérative ouverte et transparente.',
    });
  }
  await sendConvocation(ctx, admin, assembly.id);
  // The call has closed and the vote is open (demo time).
  await ctx.db.query(
    `UPDATE gov_votes SET call_opens_at = now() - interval '20 days', call_closes_at = now() - interval '2 days',
            opens_at = now() - interval '1 day' WHERE id = $1`,
    [election.id],
  );

  const group = await createWorkingGroup(ctx, admin, {
    entityId: 'BE-COOP',
    name: 'Transparence économique',
    description: 'Rendre les comptes de la coopérative lisibles par chaque membre.',
  });
  const rec = await publishRecommendation(ctx, admin, group.id, {
    title: 'Publier un tableau de bord trimestriel',
    body: 'Chaque trimestre, publier le chiffre d’affaires, la contribution mutualisée et son usage.',
  });
  await answerRecommendation(ctx, board, rec.id, { to: 'under_examination' });
  await answerRecommendation(ctx, board, rec.id, {
    to: 'adapted',
    reason: 'Adopté sous forme semestrielle, le temps de fiabiliser les données.',
  });

  for (const [office, language, mode, days] of [
    ['Bruxelles', 'fr', 'in_person', 7],
    ['Gent', 'nl', 'in_person', 9],
    ['Brussels', 'en', 'online', 12],
    ['Eupen', 'de', 'online', 14],
  ] as const)
    await scheduleSession(ctx, admin, {
      entityId: 'BE-COOP',
      office,
      language,
      mode,
      startsAt: iso(days),
      place: mode === 'online' ? 'https://meet.partage.coop/info' : 'Rue Coenraets 72, 1060 Saint-Gilles',
      capacity: 25,
    });
}
