import type { FastifyRequest } from 'fastify';
import { makeNiss, type Language } from '@partage/domain';
import type { AppContext } from '../context.ts';
import { hashPassword } from '../auth/passwords.ts';
import { audit } from '../audit/record.ts';
import type { Role, SessionUser } from '../http/context.ts';
import { signUp } from '../membership/sign-up.ts';
import { recordSharePayment } from '../membership/record-payment.ts';
import { decideRequest } from '../membership/decide-request.ts';
import { requestShareOperation } from '../membership/subscribe-shares.ts';
import { loadRequest } from '../membership/queries.ts';
import { seedContractsDemo } from '../contracts/demo.ts';
import { systemRequest } from './acting-as.ts';
import { seedGovernanceDemo } from '../governance/demo.ts';
import { seedReceivablesDemo } from '../receivables/demo.ts';
import { seedBankDemo } from '../bank/demo.ts';
import { seedActivitiesDemo } from '../activities/demo.ts';

export const DEMO_PASSWORD = 'partage-demo-2026';

export const DEMO_USERS: Array<{ email: string; name: string; roles: Role[]; language: Language }> = [
  { email: 'admin@partage.coop', name: 'Administration Partage', roles: ['admin'], language: 'fr' },
  { email: 'board@partage.coop', name: "Conseil d'administration", roles: ['board'], language: 'fr' },
  { email: 'adviser@partage.coop', name: 'Conseil Partage', roles: ['adviser'], language: 'nl' },
  { email: 'service@partage.coop', name: 'Service clients', roles: ['client_service'], language: 'fr' },
  { email: 'payroll@partage.coop', name: 'Paie', roles: ['payroll'], language: 'nl' },
  { email: 'member@partage.coop', name: 'Camille Dubois', roles: ['member'], language: 'fr' },
];

interface DemoPerson {
  email: string;
  first: string;
  last: string;
  birth: [number, number, number];
  gender: 'female' | 'male' | 'x';
  language: Language;
  city: [string, string];
  iban: string;
  shares: number;
  /** applicant: unpaid; paid: paid, waiting for the board; member: issued (with admission date). */
  state: 'applicant' | 'paid' | 'member' | 'resigning';
  admitted?: string;
}

const PEOPLE: DemoPerson[] = [
  {
    email: 'member@partage.coop',
    first: 'Camille',
    last: 'Dubois',
    birth: [1988, 4, 12],
    gender: 'female',
    language: 'fr',
    city: ['1060', 'Saint-Gilles'],
    iban: 'BE71096123456769',
    shares: 2,
    state: 'member',
    admitted: '2023-03-14',
  },
  {
    email: 'jan.peeters@example.be',
    first: 'Jan',
    last: 'Peeters',
    birth: [1979, 11, 3],
    gender: 'male',
    language: 'nl',
    city: ['2000', 'Antwerpen'],
    iban: 'BE68539007547034',
    shares: 1,
    state: 'member',
    admitted: '2022-06-20',
  },
  {
    email: 'lea.martin@example.be',
    first: 'Léa',
    last: 'Martin',
    birth: [1995, 1, 28],
    gender: 'female',
    language: 'fr',
    city: ['4000', 'Liège'],
    iban: 'BE62510007547061',
    shares: 1,
    state: 'member',
    admitted: '2024-09-02',
  },
  {
    email: 'sofie.janssens@example.be',
    first: 'Sofie',
    last: 'Janssens',
    birth: [1991, 7, 9],
    gender: 'female',
    language: 'nl',
    city: ['9000', 'Gent'],
    iban: 'BE43068999999501',
    shares: 3,
    state: 'member',
    admitted: '2025-02-17',
  },
  {
    email: 'lukas.schmitz@example.be',
    first: 'Lukas',
    last: 'Schmitz',
    birth: [1984, 5, 30],
    gender: 'male',
    language: 'de',
    city: ['4700', 'Eupen'],
    iban: 'BE71096123456769',
    shares: 1,
    state: 'member',
    admitted: '2025-10-06',
  },
  {
    email: 'amina.elidrissi@example.be',
    first: 'Amina',
    last: 'El Idrissi',
    birth: [2001, 3, 15],
    gender: 'female',
    language: 'fr',
    city: ['1030', 'Schaerbeek'],
    iban: 'BE68539007547034',
    shares: 1,
    state: 'paid',
  },
  {
    email: 'tom.devos@example.be',
    first: 'Tom',
    last: 'De Vos',
    birth: [1999, 12, 1],
    gender: 'male',
    language: 'nl',
    city: ['3000', 'Leuven'],
    iban: 'BE62510007547061',
    shares: 1,
    state: 'applicant',
  },
  {
    email: 'noah.leroy@example.be',
    first: 'Noah',
    last: 'Leroy',
    birth: [1986, 8, 21],
    gender: 'x',
    language: 'en',
    city: ['1050', 'Ixelles'],
    iban: 'BE43068999999501',
    shares: 2,
    state: 'resigning',
    admitted: '2021-01-11',
  },
];

/**
 * The demo cooperative, seeded into an empty database through the same use cases as real requests:
 * staff accounts, members at every stage (applicant, paid and waiting for the board, admitted,
 * resigning), so that every page has something to show.
 */
export async function seedDemo(ctx: AppContext): Promise<boolean> {
  const { rows } = await ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  if (rows[0]!.n > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staff = new Map<Role, SessionUser>();
  await ctx.db.transaction(async (tx) => {
    for (const u of DEMO_USERS.filter((d) => !d.roles.includes('member'))) {
      const { rows: created } = await tx.query<{ id: string }>(
        `INSERT INTO users (entity_id, email, password_hash, display_name, language, roles) VALUES ('BE-COOP', $1, $2, $3, $4, $5) RETURNING id`,
        [u.email, passwordHash, u.name, u.language, u.roles],
      );
      const user: SessionUser = {
        id: created[0]!.id,
        email: u.email,
        displayName: u.name,
        language: u.language,
        roles: u.roles,
        entityId: 'BE-COOP',
        totpEnabled: false,
      };
      staff.set(u.roles[0]!, user);
      await audit(tx, null, {
        action: 'demo.user_created',
        subjectType: 'user',
        subjectId: user.id,
        after: { email: u.email, roles: u.roles },
      });
    }
  });
  const service = systemRequest(staff.get('client_service')!);
  const board = systemRequest(staff.get('board')!);

  let sequence = 100;
  for (const person of PEOPLE) {
    const [year, month, day] = person.birth;
    const niss = makeNiss({
      year,
      month,
      day,
      sequence: (sequence += 2) + (person.gender === 'female' ? 1 : 0),
    });
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const result = await signUp(
      ctx,
      { ip: '127.0.0.1', headers: {}, user: null, lang: person.language } as unknown as FastifyRequest,
      {
        entityId: 'BE-COOP',
        kind: 'natural',
        email: person.email,
        password: DEMO_PASSWORD,
        language: person.language,
        natural: { firstName: person.first, lastName: person.last, birthDate, gender: person.gender, niss },
        address: {
          street: 'Rue de la Coopération 1',
          postalCode: person.city[0],
          city: person.city[1],
          country: 'BE',
        },
        iban: person.iban,
        consents: { data_policy: 1, internal_rules: 1, financial_risk: 1 },
        subscription: { category: 'A', quantity: person.shares },
      },
    );
    if (person.state === 'applicant') continue;
    const request = await loadRequest(ctx.db, result.requestId);
    const paidOn = person.admitted ?? new Date().toISOString().slice(0, 10);
    await recordSharePayment(ctx, service, request.id, { amountCents: request.amount_cents, paidOn });
    if (person.state === 'paid') continue;
    await decideRequest(ctx, board, request.id, { outcome: 'approved', decidedOn: person.admitted! });
    if (person.state === 'resigning') {
      const member: SessionUser = {
        id: result.userId,
        email: person.email,
        displayName: `${person.first} ${person.last}`,
        language: person.language,
        roles: ['member'],
        entityId: 'BE-COOP',
        totpEnabled: false,
      };
      await requestShareOperation(ctx, systemRequest(member), member, {
        entityId: 'BE-COOP',
        kind: 'resignation',
        category: 'A',
        quantity: person.shares,
        note: 'Fin de mon activité indépendante.',
      });
    }
  }
  await seedGovernanceDemo(ctx);
  await seedContractsDemo(ctx, {
    adviser: staff.get('adviser')!.id,
    payroll: staff.get('payroll')!.id,
    admin: staff.get('admin')!.id,
    service: staff.get('client_service')!.id,
  });
  await seedBankDemo(ctx, staff.get('client_service')!.id);
  await seedReceivablesDemo(ctx, {
    payroll: staff.get('payroll')!.id,
    service: staff.get('client_service')!.id,
  });
  await seedActivitiesDemo(ctx);
  return true;
}
