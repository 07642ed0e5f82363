import type { FastifyRequest } from 'fastify';
import {
  assertEmail,
  assertEnterpriseNumber,
  assertNiss,
  assertNissMatchesBirthDate,
  assertPostalCode,
  assertSepaIban,
  assertVatNumber,
  DomainError,
  priceSubscription,
  searchTextOf,
  type Niss,
} from '@partage/domain';
import type { AppContext } from '../context.ts';
import { collectIssues } from '../http/problem.ts';
import { assertPasswordStrength, hashPassword } from '../auth/passwords.ts';
import { createSession } from '../auth/sessions.ts';
import { audit } from '../audit/record.ts';
import { loadRegisterEntity, today } from './queries.ts';
import { openSubscription } from './subscribe-shares.ts';
import type { SignUpInput } from './schemas.ts';

export const MINIMUM_AGE = 16;

function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = on.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function validDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

/**
 * A newcomer signs up: account, person (natural or legal), consents to the versioned texts, the
 * membership application and the first share subscription with its payment instructions, in one
 * transaction. Every wrong field is reported at once; nothing is written unless everything is valid.
 */
export async function signUp(ctx: AppContext, request: FastifyRequest, input: SignUpInput) {
  const entity = await loadRegisterEntity(ctx.db, input.entityId);
  const now = today();
  let email = '';
  let niss: Niss | undefined;
  let enterpriseNumber = '';
  let iban = '';
  let vatNumber: string | null = null;

  collectIssues([
    () => void (email = assertEmail(input.email)),
    () => assertPasswordStrength(input.password),
    () => void (iban = assertSepaIban(input.iban)),
    () => void assertPostalCode(input.address.country, input.address.postalCode, 'address.postalCode'),
    () => {
      if (input.kind === 'natural' && !input.natural) throw DomainError.field('natural', 'field.required');
      if (input.kind === 'legal' && !input.legal) throw DomainError.field('legal', 'field.required');
    },
    () => {
      const n = input.natural;
      if (input.kind !== 'natural' || !n) return;
      if (!validDate(n.birthDate) || n.birthDate > now)
        throw DomainError.field('natural.birthDate', 'field.invalid_date');
      if (ageOn(n.birthDate, now) < MINIMUM_AGE)
        throw DomainError.field('natural.birthDate', 'person.too_young', { min: MINIMUM_AGE });
    },
    () => {
      const n = input.natural;
      if (input.kind !== 'natural' || !n) return;
      if (n.niss) {
        niss = assertNiss(n.niss, 'natural.niss');
        if (validDate(n.birthDate)) assertNissMatchesBirthDate(niss, n.birthDate, 'natural.niss');
      } else if (!n.foreignId || !n.foreignIdCountry) {
        throw DomainError.field('natural.niss', 'person.identity_required');
      }
    },
    () => {
      if (input.kind === 'legal' && input.legal)
        enterpriseNumber = assertEnterpriseNumber(input.legal.enterpriseNumber, 'legal.enterpriseNumber');
    },
    () => {
      if (input.kind === 'legal' && input.legal?.vatNumber)
        vatNumber = assertVatNumber(input.legal.vatNumber, 'legal.vatNumber');
    },
    () => {
      for (const kind of ['data_policy', 'internal_rules', 'financial_risk'] as const)
        if (!(input.consents[kind] > 0)) throw DomainError.field(`consents.${kind}`, 'field.must_accept');
    },
    () =>
      void priceSubscription({
        settings: entity.settings,
        personKind: input.kind,
        category: input.subscription.category,
        quantity: input.subscription.quantity,
        holdings: {},
      }),
  ]);

  // The consents must name the texts in force: an outdated form cannot consent to an old version.
  const { rows: texts } = await ctx.db.query<{ kind: string; version: number }>(
    `SELECT DISTINCT ON (kind) kind, version FROM legal_texts
      WHERE entity_id = $1 AND language = $2 AND effective_from <= $3
      ORDER BY kind, version DESC`,
    [entity.id, input.language, now],
  );
  collectIssues(
    texts.map((text) => () => {
      if (input.consents[text.kind as keyof SignUpInput['consents']] !== text.version)
        throw DomainError.field(`consents.${text.kind}`, 'field.must_accept');
    }),
  );

  const passwordHash = await hashPassword(input.password);
  const p = ctx.protector;
  return ctx.db.transaction(async (tx) => {
    const n = input.kind === 'natural' ? input.natural! : undefined;
    const l = input.kind === 'legal' ? input.legal! : undefined;
    const displayName = n ? `${n.firstName} ${n.lastName}` : l!.legalName;
    const { rows: users } = await tx.query<{ id: string }>(
      `INSERT INTO users (entity_id, email, password_hash, display_name, language, roles)
       VALUES ($1, $2, $3, $4, $5, '{member}') RETURNING id`,
      [entity.id, email, passwordHash, displayName, input.language],
    );
    const userId = users[0]!.id;
    const foreignId = n?.foreignId && !niss ? n.foreignId.replace(/\s/g, '').toUpperCase() : null;
    const { rows: people } = await tx.query<{ id: string }>(
      `INSERT INTO people (entity_id, kind, user_id, first_name, last_name, birth_date, gender,
          niss_enc, niss_hash, foreign_id_enc, foreign_id_hash, foreign_id_country,
          legal_name, enterprise_number, vat_number, representative_name, representative_role,
          street, postal_code, city, country, iban_enc, iban_last4, email, phone, language, search_text)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27)
       RETURNING id`,
      [
        entity.id,
        input.kind,
        userId,
        n?.firstName ?? null,
        n?.lastName ?? null,
        n?.birthDate ?? null,
        n?.gender ?? null,
        niss ? p.encrypt(niss) : null,
        niss ? p.blindIndex('niss', niss) : null,
        foreignId ? p.encrypt(foreignId) : null,
        foreignId ? p.blindIndex('foreign_id', `${n!.foreignIdCountry}:${foreignId}`) : null,
        foreignId ? n!.foreignIdCountry! : null,
        l?.legalName ?? null,
        l ? enterpriseNumber : null,
        vatNumber,
        l?.representativeName ?? null,
        l?.representativeRole ?? null,
        input.address.street,
        input.address.postalCode,
        input.address.city,
        input.address.country,
        p.encrypt(iban),
        iban.slice(-4),
        email,
        input.phone ?? null,
        input.language,
        searchTextOf([n?.firstName, n?.lastName, l?.legalName, l?.representativeName, email]),
      ],
    );
    const personId = people[0]!.id;
    for (const text of texts)
      await tx.query(
        'INSERT INTO consents (person_id, entity_id, kind, version, language) VALUES ($1, $2, $3, $4, $5)',
        [personId, entity.id, text.kind, text.version, input.language],
      );
    const { rows: members } = await tx.query<{ id: string }>(
      'INSERT INTO members (entity_id, person_id) VALUES ($1, $2) RETURNING id',
      [entity.id, personId],
    );
    const memberId = members[0]!.id;
    await audit(tx, request, {
      action: 'membership.sign_up',
      subjectType: 'member',
      subjectId: memberId,
      entityId: entity.id,
      after: { kind: input.kind, displayName, email, language: input.language, consents: texts },
    });
    const subscription = await openSubscription(ctx, tx, request, {
      entity,
      memberId,
      personKind: input.kind,
      kind: 'subscription',
      category: input.subscription.category,
      quantity: input.subscription.quantity,
      holdings: {},
      createdBy: userId,
      notify: { to: email, name: displayName, language: input.language },
    });
    const session = await createSession(tx, userId, false, {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });
    return { userId, memberId, requestId: subscription.id, session };
  });
}
