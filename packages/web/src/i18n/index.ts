import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { nl } from './nl.ts';
import { de } from './de.ts';
import { contractsEn } from './contracts/en.ts';
import { contractsFr } from './contracts/fr.ts';
import { contractsNl } from './contracts/nl.ts';
import { contractsDe } from './contracts/de.ts';
import { governanceEn } from './governance/en.ts';
import { governanceFr } from './governance/fr.ts';
import { governanceNl } from './governance/nl.ts';
import { governanceDe } from './governance/de.ts';
import { clientEn } from './client/en.ts';
import { clientFr } from './client/fr.ts';
import { clientNl } from './client/nl.ts';
import { clientDe } from './client/de.ts';
import { paymentsEn } from './payments/en.ts';
import { paymentsFr } from './payments/fr.ts';
import { paymentsNl } from './payments/nl.ts';
import { paymentsDe } from './payments/de.ts';
import { bankEn } from './bank/en.ts';
import { bankFr } from './bank/fr.ts';
import { bankNl } from './bank/nl.ts';
import { bankDe } from './bank/de.ts';
import { invoicingEn } from './invoicing/en.ts';
import { invoicingFr } from './invoicing/fr.ts';
import { invoicingNl } from './invoicing/nl.ts';
import { invoicingDe } from './invoicing/de.ts';
import { receivablesEn } from './receivables/en.ts';
import { receivablesFr } from './receivables/fr.ts';
import { receivablesNl } from './receivables/nl.ts';
import { receivablesDe } from './receivables/de.ts';
import { advisersEn } from './advisers/en.ts';
import { advisersFr } from './advisers/fr.ts';
import { advisersNl } from './advisers/nl.ts';
import { advisersDe } from './advisers/de.ts';
import { activitiesEn } from './activities/en.ts';
import { activitiesFr } from './activities/fr.ts';
import { activitiesNl } from './activities/nl.ts';
import { activitiesDe } from './activities/de.ts';
import { setApiLanguage } from '../lib/api.ts';

export const LANGUAGES = ['fr', 'nl', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_NAMES: Record<Language, string> = {
  fr: 'Français',
  nl: 'Nederlands',
  en: 'English',
  de: 'Deutsch',
};

const STORAGE_KEY = 'partage.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  const browser = navigator.language.slice(0, 2);
  return (LANGUAGES as readonly string[]).includes(browser) ? (browser as Language) : 'fr';
}

const lng = initialLanguage();
setApiLanguage(lng);
document.documentElement.lang = lng;

void i18n.use(initReactI18next).init({
  resources: {
    en: {
      translation: {
        ...en,
        contracts: contractsEn,
        invoicing: invoicingEn,
        governance: governanceEn,
        bank: bankEn,
        client: clientEn,
        payments: paymentsEn,
        receivables: receivablesEn,
        activities: activitiesEn,
        advisers: advisersEn,
      },
    },
    fr: {
      translation: {
        ...fr,
        contracts: contractsFr,
        invoicing: invoicingFr,
        governance: governanceFr,
        bank: bankFr,
        client: clientFr,
        payments: paymentsFr,
        receivables: receivablesFr,
        activities: activitiesFr,
        advisers: advisersFr,
      },
    },
    nl: {
      translation: {
        ...nl,
        contracts: contractsNl,
        invoicing: invoicingNl,
        governance: governanceNl,
        bank: bankNl,
        client: clientNl,
        payments: paymentsNl,
        receivables: receivablesNl,
        activities: activitiesNl,
        advisers: advisersNl,
      },
    },
    de: {
      translation: {
        ...de,
        contracts: contractsDe,
        invoicing: invoicingDe,
        governance: governanceDe,
        bank: bankDe,
        client: clientDe,
        payments: paymentsDe,
        receivables: receivablesDe,
        activities: activitiesDe,
        advisers: advisersDe,
      },
    },
  },
  lng,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});

/** Switches the interface language now and remembers it on this device. */
export function switchLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  setApiLanguage(language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

export default i18n;
