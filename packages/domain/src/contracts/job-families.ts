import type { Translated } from '../i18n/languages.ts';
import type { RiskCode } from './risks.ts';

/**
 * The jobs a worker declares in the Contract tool, grouped in the 12 families the cooperative uses in its
 * annual report ("Budget emploi par fonction déclarée BE", seeds 003:L1623-1680). Every declaration names
 * one job; the annual report sums the employment budget per family.
 *
 * The families are the report's. The jobs inside each family are a platform list of typical jobs (the
 * report does not list them): administrators may extend it. `artistic` marks the jobs whose work is an
 * artistic performance or the creation of a work, the only ones an "artistic employee" contract may be
 * used for (law of 27 June 1969 on social security, art. 1bis: "prestations artistiques et/ou production
 * des œuvres artistiques"). Technical and support jobs around the creation are not artistic.
 * Couriers and other jobs with no family of their own belong to "Other trades", as in the report.
 */
export const JOB_FAMILY_CODES = [
  'image_sound_stage',
  'costume_makeup_set',
  'it_graphics_language',
  'training_teaching',
  'wellbeing_health',
  'other_trades',
  'music_song',
  'audiovisual',
  'visual_arts_crafts',
  'performing_arts_literature',
  'architecture_fashion_design',
  'artistic_support',
] as const;
export type JobFamilyCode = (typeof JOB_FAMILY_CODES)[number];

export interface JobFamily {
  code: JobFamilyCode;
  label: Translated;
  /** Where the family comes from (seed line of the annual report). */
  source: string;
}

const REPORT = 'Seeds 003 (2020 annual report, "Budget emploi par fonction déclarée BE")';

export const JOB_FAMILIES: readonly JobFamily[] = [
  {
    code: 'image_sound_stage',
    label: {
      fr: 'Images, sons et scènes',
      nl: 'Beeld, geluid en podium',
      en: 'Image, sound and stage',
      de: 'Bild, Ton und Bühne',
    },
    source: `${REPORT}, 003:L1623`,
  },
  {
    code: 'costume_makeup_set',
    label: {
      fr: 'Costumes, maquillage, décor et accessoires',
      nl: 'Kostuums, grime, decor en rekwisieten',
      en: 'Costumes, make-up, sets and props',
      de: 'Kostüme, Maske, Bühnenbild und Requisiten',
    },
    source: `${REPORT}, 003:L1628`,
  },
  {
    code: 'it_graphics_language',
    label: {
      fr: 'Informatique, graphisme, langue et écriture',
      nl: 'Informatica, grafisch ontwerp, taal en schrijven',
      en: 'IT, graphic design, language and writing',
      de: 'Informatik, Grafik, Sprache und Schreiben',
    },
    source: `${REPORT}, 003:L1632-1633`,
  },
  {
    code: 'training_teaching',
    label: {
      fr: 'Formation, enseignement',
      nl: 'Opleiding, onderwijs',
      en: 'Training, teaching',
      de: 'Weiterbildung, Unterricht',
    },
    source: `${REPORT}, 003:L1637`,
  },
  {
    code: 'wellbeing_health',
    label: {
      fr: 'Bien-être et santé',
      nl: 'Welzijn en gezondheid',
      en: 'Well-being and health',
      de: 'Wohlbefinden und Gesundheit',
    },
    source: `${REPORT}, 003:L1642`,
  },
  {
    code: 'other_trades',
    label: {
      fr: 'Autres métiers',
      nl: 'Andere beroepen',
      en: 'Other trades',
      de: 'Andere Berufe',
    },
    source: `${REPORT}, 003:L1646`,
  },
  {
    code: 'music_song',
    label: {
      fr: 'Musique, chanson',
      nl: 'Muziek, zang',
      en: 'Music, song',
      de: 'Musik, Gesang',
    },
    source: `${REPORT}, 003:L1650`,
  },
  {
    code: 'audiovisual',
    label: {
      fr: 'Audiovisuel',
      nl: 'Audiovisueel',
      en: 'Audiovisual',
      de: 'Audiovisuelles',
    },
    source: `${REPORT}, 003:L1655`,
  },
  {
    code: 'visual_arts_crafts',
    label: {
      fr: 'Arts plastiques et graphiques et artisanat d’art',
      nl: 'Beeldende en grafische kunsten en kunstambachten',
      en: 'Visual and graphic arts, art crafts',
      de: 'Bildende und grafische Kunst, Kunsthandwerk',
    },
    source: `${REPORT}, 003:L1660-1661`,
  },
  {
    code: 'performing_arts_literature',
    label: {
      fr: 'Arts du spectacle et littérature',
      nl: 'Podiumkunsten en literatuur',
      en: 'Performing arts and literature',
      de: 'Darstellende Kunst und Literatur',
    },
    source: `${REPORT}, 003:L1665`,
  },
  {
    code: 'architecture_fashion_design',
    label: {
      fr: 'Architecture, mode, design, décoration',
      nl: 'Architectuur, mode, design, decoratie',
      en: 'Architecture, fashion, design, decoration',
      de: 'Architektur, Mode, Design, Dekoration',
    },
    source: `${REPORT}, 003:L1670-1671`,
  },
  {
    code: 'artistic_support',
    label: {
      fr: 'Fonctions connexes à la création artistique',
      nl: 'Functies rond de artistieke creatie',
      en: 'Roles supporting artistic creation',
      de: 'Tätigkeiten rund um das künstlerische Schaffen',
    },
    source: `${REPORT}, 003:L1675-1677`,
  },
];

export interface Job {
  code: string;
  family: JobFamilyCode;
  label: Translated;
  /** An artistic performance or the creation of a work (art. 1bis of the law of 27 June 1969). */
  artistic: boolean;
  /** Risks usually present in this job: the form proposes them, the worker confirms or changes them. */
  typicalRisks: readonly RiskCode[];
}

type JobRow = [
  code: string,
  artistic: boolean,
  typicalRisks: readonly RiskCode[],
  fr: string,
  nl: string,
  en: string,
  de: string,
];

// prettier-ignore
const ROWS: Readonly<Record<JobFamilyCode, readonly JobRow[]>> = {
  image_sound_stage: [
    ['sound_technician', false, ['stage_events', 'noise', 'electrical'], 'Technicien·ne du son', 'Geluidstechnicus', 'Sound technician', 'Tontechniker·in'],
    ['lighting_technician', false, ['stage_events', 'work_at_height', 'electrical'], 'Éclairagiste', 'Lichttechnicus', 'Lighting technician', 'Beleuchter·in'],
    ['stage_manager', false, ['stage_events', 'night_work'], 'Régisseur·euse', 'Regisseur', 'Stage manager', 'Inspizient·in'],
    ['stagehand', false, ['stage_events', 'manual_handling', 'work_at_height'], 'Machiniste de scène', 'Podiumtechnicus', 'Stagehand', 'Bühnentechniker·in'],
    ['rigger', false, ['work_at_height', 'manual_handling', 'stage_events'], 'Rigger / accrocheur·euse', 'Rigger', 'Rigger', 'Rigger·in'],
  ],
  costume_makeup_set: [
    ['costume_designer', true, ['machinery_tools'], 'Créateur·rice de costumes', 'Kostuumontwerper', 'Costume designer', 'Kostümbildner·in'],
    ['dresser', false, ['stage_events'], 'Habilleur·euse', 'Kleder', 'Dresser', 'Garderobier·e'],
    ['makeup_artist', false, ['chemical_dust', 'stage_events'], 'Maquilleur·euse', 'Grimeur', 'Make-up artist', 'Maskenbildner·in'],
    ['set_builder', false, ['machinery_tools', 'manual_handling', 'chemical_dust'], 'Constructeur·rice de décors', 'Decorbouwer', 'Set builder', 'Kulissenbauer·in'],
    ['props_maker', false, ['machinery_tools', 'chemical_dust'], 'Accessoiriste', 'Rekwisiteur', 'Props maker', 'Requisiteur·in'],
  ],
  it_graphics_language: [
    ['software_developer', false, ['office_work'], 'Développeur·euse informatique', 'Softwareontwikkelaar', 'Software developer', 'Softwareentwickler·in'],
    ['web_designer', false, ['office_work'], 'Webdesigner', 'Webdesigner', 'Web designer', 'Webdesigner·in'],
    ['graphic_designer', false, ['office_work'], 'Graphiste', 'Grafisch ontwerper', 'Graphic designer', 'Grafikdesigner·in'],
    ['translator', false, ['office_work'], 'Traducteur·rice', 'Vertaler', 'Translator', 'Übersetzer·in'],
    ['interpreter', false, ['office_work', 'public_contact'], 'Interprète', 'Tolk', 'Interpreter', 'Dolmetscher·in'],
    ['copywriter', false, ['office_work'], 'Rédacteur·rice', 'Tekstschrijver', 'Copywriter', 'Texter·in'],
  ],
  training_teaching: [
    ['trainer', false, ['public_contact', 'office_work'], 'Formateur·rice', 'Opleider', 'Trainer', 'Trainer·in'],
    ['workshop_leader', false, ['public_contact'], 'Animateur·rice d’ateliers', 'Workshopbegeleider', 'Workshop leader', 'Workshopleiter·in'],
    ['language_teacher', false, ['public_contact'], 'Professeur·e de langues', 'Taalleraar', 'Language teacher', 'Sprachlehrer·in'],
    ['music_teacher', false, ['public_contact', 'noise'], 'Professeur·e de musique', 'Muziekleraar', 'Music teacher', 'Musiklehrer·in'],
    ['lecturer', false, ['public_contact'], 'Conférencier·ère', 'Spreker', 'Lecturer', 'Referent·in'],
  ],
  wellbeing_health: [
    ['yoga_teacher', false, ['public_contact'], 'Professeur·e de yoga', 'Yogaleraar', 'Yoga teacher', 'Yogalehrer·in'],
    ['sports_coach', false, ['public_contact', 'outdoor_work'], 'Coach sportif·ve', 'Sportcoach', 'Sports coach', 'Sporttrainer·in'],
    ['wellness_massage', false, ['public_contact', 'manual_handling'], 'Masseur·euse bien-être', 'Wellnessmasseur', 'Wellness massage practitioner', 'Wellness-Masseur·in'],
    ['relaxation_coach', false, ['public_contact'], 'Sophrologue', 'Ontspanningscoach', 'Relaxation coach', 'Entspannungstrainer·in'],
  ],
  other_trades: [
    ['courier', false, ['road_traffic', 'outdoor_work', 'night_work'], 'Coursier·ère à vélo', 'Fietskoerier', 'Bike courier', 'Fahrradkurier·in'],
    ['delivery_driver', false, ['road_traffic', 'manual_handling'], 'Livreur·euse', 'Bezorger', 'Delivery driver', 'Auslieferungsfahrer·in'],
    ['cook', false, ['machinery_tools', 'manual_handling'], 'Cuisinier·ère', 'Kok', 'Cook', 'Koch / Köchin'],
    ['event_host', false, ['public_contact', 'stage_events'], 'Hôte·esse d’accueil', 'Onthaalmedewerker', 'Event host', 'Hostess / Host'],
    ['consultant', false, ['office_work'], 'Consultant·e', 'Consultant', 'Consultant', 'Berater·in'],
    ['researcher', false, ['office_work'], 'Chercheur·euse', 'Onderzoeker', 'Researcher', 'Forscher·in'],
  ],
  music_song: [
    ['musician', true, ['stage_events', 'noise', 'night_work'], 'Musicien·ne', 'Muzikant', 'Musician', 'Musiker·in'],
    ['singer', true, ['stage_events', 'noise', 'night_work'], 'Chanteur·euse', 'Zanger', 'Singer', 'Sänger·in'],
    ['composer', true, ['office_work'], 'Compositeur·rice', 'Componist', 'Composer', 'Komponist·in'],
    ['conductor', true, ['stage_events'], 'Chef·fe d’orchestre', 'Dirigent', 'Conductor', 'Dirigent·in'],
    ['dj', true, ['stage_events', 'noise', 'night_work'], 'DJ', 'DJ', 'DJ', 'DJ'],
  ],
  audiovisual: [
    ['film_director', true, ['stage_events', 'outdoor_work'], 'Réalisateur·rice', 'Regisseur (film)', 'Film director', 'Filmregisseur·in'],
    ['camera_operator', false, ['manual_handling', 'outdoor_work'], 'Cadreur·euse', 'Cameraman / camera-vrouw', 'Camera operator', 'Kameramann / Kamerafrau'],
    ['video_editor', false, ['office_work'], 'Monteur·euse', 'Monteur', 'Video editor', 'Cutter·in'],
    ['photographer', true, ['outdoor_work', 'public_contact'], 'Photographe', 'Fotograaf', 'Photographer', 'Fotograf·in'],
    ['animator', true, ['office_work'], 'Animateur·rice 2D/3D', '2D/3D-animator', '2D/3D animator', '2D/3D-Animator·in'],
  ],
  visual_arts_crafts: [
    ['painter', true, ['chemical_dust'], 'Peintre', 'Kunstschilder', 'Painter', 'Maler·in'],
    ['sculptor', true, ['machinery_tools', 'chemical_dust', 'manual_handling'], 'Sculpteur·rice', 'Beeldhouwer', 'Sculptor', 'Bildhauer·in'],
    ['illustrator', true, ['office_work'], 'Illustrateur·rice', 'Illustrator', 'Illustrator', 'Illustrator·in'],
    ['ceramicist', true, ['machinery_tools', 'chemical_dust'], 'Céramiste', 'Keramist', 'Ceramicist', 'Keramiker·in'],
    ['art_jeweller', true, ['machinery_tools', 'chemical_dust'], 'Bijoutier·ère d’art', 'Edelsmid', 'Art jeweller', 'Schmuckkünstler·in'],
  ],
  performing_arts_literature: [
    ['actor', true, ['stage_events', 'night_work'], 'Comédien·ne', 'Acteur', 'Actor', 'Schauspieler·in'],
    ['dancer', true, ['stage_events', 'manual_handling'], 'Danseur·euse', 'Danser', 'Dancer', 'Tänzer·in'],
    ['circus_artist', true, ['stage_events', 'work_at_height'], 'Artiste de cirque', 'Circusartiest', 'Circus artist', 'Zirkusartist·in'],
    ['stage_director', true, ['stage_events'], 'Metteur·euse en scène', 'Regisseur (theater)', 'Stage director', 'Theaterregisseur·in'],
    ['storyteller', true, ['public_contact'], 'Conteur·euse', 'Verteller', 'Storyteller', 'Erzähler·in'],
    ['author', true, ['office_work'], 'Auteur·rice', 'Auteur', 'Author', 'Autor·in'],
  ],
  architecture_fashion_design: [
    ['interior_designer', false, ['office_work'], 'Architecte d’intérieur', 'Interieurarchitect', 'Interior designer', 'Innenarchitekt·in'],
    ['fashion_designer', true, ['machinery_tools'], 'Styliste de mode', 'Modeontwerper', 'Fashion designer', 'Modedesigner·in'],
    ['product_designer', true, ['office_work', 'machinery_tools'], 'Designer produit', 'Productontwerper', 'Product designer', 'Produktdesigner·in'],
    ['window_dresser', false, ['work_at_height', 'manual_handling'], 'Étalagiste', 'Etalagist', 'Window dresser', 'Schaufenstergestalter·in'],
    ['scenographer', true, ['stage_events', 'work_at_height'], 'Scénographe', 'Scenograaf', 'Scenographer', 'Szenograf·in'],
  ],
  artistic_support: [
    ['production_manager', false, ['office_work', 'stage_events'], 'Chargé·e de production', 'Productieleider', 'Production manager', 'Produktionsleiter·in'],
    ['tour_manager', false, ['road_traffic', 'night_work'], 'Régisseur·euse de tournée', 'Tourmanager', 'Tour manager', 'Tourmanager·in'],
    ['distribution_officer', false, ['office_work'], 'Chargé·e de diffusion', 'Spreidingsmedewerker', 'Booking and distribution officer', 'Booker·in'],
    ['cultural_mediator', false, ['public_contact'], 'Médiateur·rice culturel·le', 'Cultuurbemiddelaar', 'Cultural mediator', 'Kulturvermittler·in'],
    ['press_officer', false, ['office_work'], 'Attaché·e de presse', 'Persverantwoordelijke', 'Press officer', 'Pressereferent·in'],
  ],
};

export const JOBS: readonly Job[] = JOB_FAMILY_CODES.flatMap((family) =>
  ROWS[family].map(([code, artistic, typicalRisks, fr, nl, en, de]) => ({
    code,
    family,
    label: { fr, nl, en, de },
    artistic,
    typicalRisks,
  })),
);

const BY_CODE: ReadonlyMap<string, Job> = new Map(JOBS.map((job) => [job.code, job]));

export function isJobFamilyCode(value: unknown): value is JobFamilyCode {
  return typeof value === 'string' && (JOB_FAMILY_CODES as readonly string[]).includes(value);
}

export function isJobCode(value: unknown): value is string {
  return typeof value === 'string' && BY_CODE.has(value);
}

/** The job, its family and its label, or undefined for an unknown code. */
export function jobByCode(code: string): Job | undefined {
  return BY_CODE.get(code);
}

export function jobFamilyByCode(code: JobFamilyCode): JobFamily {
  return JOB_FAMILIES.find((f) => f.code === code)!;
}

export function jobsOfFamily(family: JobFamilyCode): Job[] {
  return JOBS.filter((job) => job.family === family);
}
