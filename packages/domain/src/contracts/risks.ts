import type { Translated } from '../i18n/languages.ts';

/**
 * Risks of the work, declared with each prestation. They tell the insurer what the work-accident cover
 * applies to (work accidents and commuting are covered on contract days, seeds 001:L1505-1526,
 * 003:L3368-3422) and tell the prevention team which workers to reach (the bike couriers' accident rate led
 * to a dedicated prevention policy, seeds 001:L1072-1080). At least one risk is declared; "office work" is
 * the low-risk choice.
 *
 * The list is a platform catalogue, grouped after the usual headings of a workplace risk analysis (Code du
 * bien-être au travail, Book I, Title 2: general principles of the risk analysis); administrators may
 * extend it.
 */
export const RISK_CODES = [
  'office_work',
  'stage_events',
  'work_at_height',
  'machinery_tools',
  'road_traffic',
  'manual_handling',
  'electrical',
  'chemical_dust',
  'noise',
  'public_contact',
  'outdoor_work',
  'night_work',
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

export interface Risk {
  code: RiskCode;
  label: Translated;
}

export const RISKS: readonly Risk[] = [
  {
    code: 'office_work',
    label: {
      fr: 'Travail de bureau, sur écran',
      nl: 'Bureauwerk, beeldschermwerk',
      en: 'Office and screen work',
      de: 'Büro- und Bildschirmarbeit',
    },
  },
  {
    code: 'stage_events',
    label: {
      fr: 'Scène, spectacles et événements (montage, démontage, public nombreux)',
      nl: 'Podium, voorstellingen en evenementen (op- en afbouw, groot publiek)',
      en: 'Stage, shows and events (set-up, take-down, crowds)',
      de: 'Bühne, Aufführungen und Veranstaltungen (Auf- und Abbau, viel Publikum)',
    },
  },
  {
    code: 'work_at_height',
    label: {
      fr: 'Travail en hauteur (échelles, nacelles, structures)',
      nl: 'Werken op hoogte (ladders, hoogwerkers, structuren)',
      en: 'Work at height (ladders, lifts, structures)',
      de: 'Arbeiten in der Höhe (Leitern, Hubarbeitsbühnen, Gerüste)',
    },
  },
  {
    code: 'machinery_tools',
    label: {
      fr: 'Machines et outils (coupants, électroportatifs, fours)',
      nl: 'Machines en gereedschap (snijdend, elektrisch, ovens)',
      en: 'Machinery and tools (cutting, power tools, kilns)',
      de: 'Maschinen und Werkzeuge (schneidend, Elektrowerkzeuge, Öfen)',
    },
  },
  {
    code: 'road_traffic',
    label: {
      fr: 'Circulation routière (vélo, scooter, voiture, camionnette)',
      nl: 'Verkeer (fiets, scooter, auto, bestelwagen)',
      en: 'Road traffic (bicycle, scooter, car, van)',
      de: 'Straßenverkehr (Fahrrad, Roller, Auto, Lieferwagen)',
    },
  },
  {
    code: 'manual_handling',
    label: {
      fr: 'Manutention de charges, efforts physiques',
      nl: 'Manueel hanteren van lasten, fysieke inspanning',
      en: 'Manual handling of loads, physical strain',
      de: 'Heben und Tragen von Lasten, körperliche Belastung',
    },
  },
  {
    code: 'electrical',
    label: {
      fr: 'Installations électriques',
      nl: 'Elektrische installaties',
      en: 'Electrical installations',
      de: 'Elektrische Anlagen',
    },
  },
  {
    code: 'chemical_dust',
    label: {
      fr: 'Produits chimiques, solvants, poussières',
      nl: 'Chemische producten, oplosmiddelen, stof',
      en: 'Chemicals, solvents, dust',
      de: 'Chemikalien, Lösungsmittel, Staub',
    },
  },
  {
    code: 'noise',
    label: {
      fr: 'Bruit, musique amplifiée',
      nl: 'Lawaai, versterkte muziek',
      en: 'Noise, amplified music',
      de: 'Lärm, verstärkte Musik',
    },
  },
  {
    code: 'public_contact',
    label: {
      fr: 'Travail avec le public (enfants, personnes vulnérables, agressivité)',
      nl: 'Werken met publiek (kinderen, kwetsbare personen, agressie)',
      en: 'Working with the public (children, vulnerable people, aggression)',
      de: 'Arbeit mit Publikum (Kinder, schutzbedürftige Personen, Aggression)',
    },
  },
  {
    code: 'outdoor_work',
    label: {
      fr: 'Travail en extérieur (intempéries, chaleur, froid)',
      nl: 'Buitenwerk (weer, hitte, koude)',
      en: 'Outdoor work (weather, heat, cold)',
      de: 'Arbeit im Freien (Witterung, Hitze, Kälte)',
    },
  },
  {
    code: 'night_work',
    label: {
      fr: 'Travail de nuit (entre 20 h et 6 h)',
      nl: 'Nachtarbeid (tussen 20 en 6 uur)',
      en: 'Night work (between 8 pm and 6 am)',
      de: 'Nachtarbeit (zwischen 20 und 6 Uhr)',
    },
  },
];

export function isRiskCode(value: unknown): value is RiskCode {
  return typeof value === 'string' && (RISK_CODES as readonly string[]).includes(value);
}

export function riskByCode(code: RiskCode): Risk {
  return RISKS.find((r) => r.code === code)!;
}
