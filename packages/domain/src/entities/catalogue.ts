import type { EntityDefinition, ShareCategory } from './settings.ts';
import { DEFAULT_REMINDER_SCHEDULE } from '../receivables/schedule.ts';

/*
 * The group's legal entities and their default settings. Administrators can change the settings;
 * these are the values a new installation starts with.
 *
 * Sources:
 * - Entities: SmartCoop (BE cooperative keeping the register), Productions Associées (> 90 % of the
 *   activity), Formateurs Associés (trainers, VAT-exempt), Palais de l'Intérim, SmartFr (SCIC):
 *   seeds 003:L6067-6140, 001:L729-731, 001:L3797-3934.
 * - Fee rates: BE 6.5 %, FR 8.5 % (natural persons) / 6.5 % (legal persons): seeds 001:L3862-3868, 003:L4778.
 * - Salary payment delay: 7 days after the end of the work (FR, SE, DE; BE platform default):
 *   seeds 001:L3846-3855, 003:L4762-4769.
 * - Share categories A (worker-users), B (staff), C (partners and legal persons): BE statutes 2020,
 *   seeds 003:L3899-3906. The nominal value of a share is not given in the seeds for BE and FR:
 *   30 EUR per share is a configurable default (DE/IT/AT use 50 EUR, ES 150 EUR: 003:L4790-4802).
 * - Reminder schedule of unpaid invoices: platform default, `receivables/schedule.ts` and its SOURCES.md.
 * - Enterprise and VAT numbers, bank accounts below are demonstration values with valid check digits.
 */

const categories = (nominalCents: number): ShareCategory[] => [
  {
    code: 'A',
    label: {
      fr: 'A – membres utilisateurs',
      nl: 'A – gebruikers-leden',
      en: 'A – worker-users',
      de: 'A – nutzende Mitglieder',
    },
    nominalCents,
    minShares: 1,
    eligible: ['natural'],
  },
  {
    code: 'B',
    label: {
      fr: 'B – membres du personnel',
      nl: 'B – personeelsleden',
      en: 'B – staff members',
      de: 'B – Mitarbeitende',
    },
    nominalCents,
    minShares: 1,
    eligible: ['natural'],
  },
  {
    code: 'C',
    label: {
      fr: 'C – partenaires et personnes morales',
      nl: 'C – partners en rechtspersonen',
      en: 'C – partners and legal persons',
      de: 'C – Partner und juristische Personen',
    },
    nominalCents,
    minShares: 5,
    eligible: ['natural', 'legal'],
  },
];

const beSettings = {
  shareCategories: [] as ShareCategory[],
  allowMixedCategories: false,
  transfersAllowed: true,
  feeRateBp: 650,
  salaryPaymentDelayDays: 7,
  languages: ['fr', 'nl', 'en', 'de'] as EntityDefinition['settings']['languages'],
  shareReferencePrefix: 1,
  financialYearEndMonth: 12,
  // Friendly reminder at 7 days, second at 21, formal notice at 35, client service at 45 (platform
  // default, sources in receivables/SOURCES.md).
  reminders: DEFAULT_REMINDER_SCHEDULE,
};

export const ENTITY_CATALOGUE: EntityDefinition[] = [
  {
    id: 'BE-COOP',
    parentId: null,
    name: 'SmartCoop',
    legalForm: 'SC',
    country: 'BE',
    enterpriseNumber: '0896755397',
    vatNumber: 'BE0896755397',
    iban: 'BE68539007547034',
    bic: 'GKCCBEBB',
    address: 'Rue Coenraets 72, 1060 Saint-Gilles',
    currency: 'EUR',
    holdsRegister: true,
    settings: { ...beSettings, shareCategories: categories(3000), shareReferencePrefix: 1 },
  },
  {
    id: 'BE-PA',
    parentId: 'BE-COOP',
    name: 'Productions Associées',
    legalForm: 'ASBL',
    country: 'BE',
    enterpriseNumber: '0455948203',
    vatNumber: 'BE0455948203',
    iban: 'BE71096123456769',
    bic: 'GKCCBEBB',
    address: 'Rue Coenraets 72, 1060 Saint-Gilles',
    currency: 'EUR',
    holdsRegister: false,
    settings: { ...beSettings, shareReferencePrefix: 2 },
  },
  {
    id: 'BE-FA',
    parentId: 'BE-COOP',
    name: 'Formateurs Associés',
    legalForm: 'ASBL',
    country: 'BE',
    enterpriseNumber: '0475300493',
    vatNumber: null,
    iban: 'BE62510007547061',
    bic: 'GKCCBEBB',
    address: 'Rue Coenraets 72, 1060 Saint-Gilles',
    currency: 'EUR',
    holdsRegister: false,
    settings: { ...beSettings, shareReferencePrefix: 3 },
  },
  {
    id: 'BE-PI',
    parentId: 'BE-COOP',
    name: "Palais de l'Intérim",
    legalForm: 'SRL',
    country: 'BE',
    enterpriseNumber: '0839431070',
    vatNumber: 'BE0839431070',
    iban: 'BE43068999999501',
    bic: 'GKCCBEBB',
    address: 'Rue Coenraets 72, 1060 Saint-Gilles',
    currency: 'EUR',
    holdsRegister: false,
    settings: { ...beSettings, shareReferencePrefix: 4 },
  },
  {
    id: 'FR-SMART',
    parentId: null,
    name: 'SmartFr',
    legalForm: 'SCIC SA',
    country: 'FR',
    enterpriseNumber: '51303617800012',
    vatNumber: 'FR40513036178',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    address: '7 rue de Rocroy, 75010 Paris',
    currency: 'EUR',
    holdsRegister: true,
    settings: {
      ...beSettings,
      shareCategories: categories(3000),
      feeRateBp: 850,
      languages: ['fr', 'en'],
      shareReferencePrefix: 5,
    },
  },
];

/** The cooperative that keeps the register for members of `entityId` (itself or its parent). */
export function registerEntityOf(entityId: string, catalogue = ENTITY_CATALOGUE): string {
  const entity = catalogue.find((e) => e.id === entityId);
  if (!entity) throw new Error(`unknown entity ${entityId}`);
  if (entity.holdsRegister || !entity.parentId) return entity.id;
  return registerEntityOf(entity.parentId, catalogue);
}
