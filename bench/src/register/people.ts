import {
  enterpriseNumberCheckDigits,
  foldForSearch,
  makeNiss,
  searchTextOf,
  type Language,
} from '@partage/domain';
import type { AppContext } from '@partage/server';
import {
  EMAIL_DOMAINS,
  FIRST_NAMES,
  LAST_NAME_TAILS,
  LAST_NAMES,
  LEGAL_FORMS,
  LEGAL_PLACES,
  LEGAL_WORDS,
  PLACES,
  REGION_WEIGHTS,
  STREETS,
  type Origin,
  type Region,
} from './names.ts';
import { seededRandom } from '../lib/random.ts';

type Random = () => number;

/** Picks from a list, the first items more often (Zipf-like weights 1/rank^0.8), as for real names. */
function zipf<T>(items: readonly T[], exponent = 0.8): (random: Random) => T {
  const cumulative: number[] = [];
  let total = 0;
  items.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1) ** exponent)));
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): (random: Random) => T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return (random) => {
    let target = random() * total;
    for (const [value, weight] of entries) if ((target -= weight) < 0) return value;
    return entries[entries.length - 1]![0];
  };
}

const uniform =
  <T>(items: readonly T[]) =>
  (random: Random): T =>
    items[Math.floor(random() * items.length)]!;

/**
 * One person in ten bears one of the common names of their origin (the head of the list, the first
 * more often); the others a rarer name of the long tail. "Peeters" then comes out at about 0.5 % of
 * the register (0.27 % of Belgians bear it), and most last names are shared by a few dozen members.
 */
const HEAD_SHARE = 0.1;

function lastNames(origin: Origin): (random: Random) => string {
  const head = zipf(LAST_NAMES[origin], 0.9);
  const pattern = weighted(LAST_NAME_TAILS[origin].map((p) => [p, p.weight] as const));
  return (random) => {
    if (random() < HEAD_SHARE) return head(random);
    const { prefixes, roots, endings } = pattern(random);
    const prefix = uniform(prefixes)(random);
    const root = uniform(roots)(random);
    const ending = uniform(endings)(random);
    // "Van den " + "Broeck", but "Vanden" + "broeck", "Le" + "maire" + "t".
    return prefix === '' || prefix.endsWith(' ')
      ? prefix + root + ending
      : prefix + root.toLowerCase() + ending;
  };
}

const lastNameOf = Object.fromEntries(
  (Object.keys(LAST_NAMES) as Origin[]).map((origin) => [origin, lastNames(origin)]),
) as Record<Origin, (random: Random) => string>;
const firstNameOf = Object.fromEntries(
  Object.entries(FIRST_NAMES).map(([pool, names]) => [
    pool,
    { female: zipf(names.female, 0.6), male: zipf(names.male, 0.6) },
  ]),
) as Record<
  keyof typeof FIRST_NAMES,
  { female: (random: Random) => string; male: (random: Random) => string }
>;

const regionOf = weighted(REGION_WEIGHTS);
const originByRegion: Record<Region, (random: Random) => Origin> = {
  brussels: weighted<Origin>([
    ['walloon', 35],
    ['diverse', 30],
    ['flemish', 20],
    ['french', 10],
    ['dutch', 5],
  ]),
  flanders: weighted<Origin>([
    ['flemish', 80],
    ['diverse', 10],
    ['dutch', 5],
    ['walloon', 5],
  ]),
  wallonia: weighted<Origin>([
    ['walloon', 75],
    ['diverse', 12],
    ['flemish', 8],
    ['french', 5],
  ]),
  ostbelgien: weighted<Origin>([
    ['german', 70],
    ['walloon', 20],
    ['flemish', 10],
  ]),
  france: weighted<Origin>([
    ['french', 75],
    ['diverse', 15],
    ['walloon', 10],
  ]),
  netherlands: weighted<Origin>([
    ['dutch', 85],
    ['flemish', 10],
    ['diverse', 5],
  ]),
};
const languageByRegion: Record<Region, (random: Random) => Language> = {
  brussels: weighted<Language>([
    ['fr', 70],
    ['nl', 15],
    ['en', 15],
  ]),
  flanders: weighted<Language>([
    ['nl', 95],
    ['en', 5],
  ]),
  wallonia: weighted<Language>([
    ['fr', 97],
    ['en', 3],
  ]),
  ostbelgien: weighted<Language>([
    ['de', 80],
    ['fr', 20],
  ]),
  france: weighted<Language>([['fr', 1]]),
  netherlands: weighted<Language>([
    ['nl', 80],
    ['en', 20],
  ]),
};
const genderOf = weighted<'female' | 'male' | 'x'>([
  ['female', 51],
  ['male', 48.5],
  ['x', 0.5],
]);
const placeOf = Object.fromEntries(
  Object.entries(PLACES).map(([region, list]) => [region, zipf(list, 0.6)]),
) as Record<Region, (random: Random) => (typeof PLACES)[Region][number]>;

function firstNamePool(origin: Origin, language: Language, random: Random): keyof typeof FIRST_NAMES {
  if (origin === 'diverse' && random() < 0.8) return 'diverse';
  if (origin === 'flemish' || origin === 'dutch') return 'nl';
  if (origin === 'german') return 'de';
  if (origin === 'walloon' || origin === 'french') return 'fr';
  return language === 'nl' ? 'nl' : language === 'de' ? 'de' : 'fr';
}

/** What the server's sign-up stores as `search_text`: names and e-mail, lower case, without accents. */
export const searchText = searchTextOf;

const slug = (text: string) => foldForSearch(text).replace(/[^a-z0-9]/g, '');

function mod97(digits: string): number {
  return Number(BigInt(digits) % 97n);
}

/** A Belgian IBAN with valid check digits (bank code, account, national check, IBAN check). */
function belgianIban(random: Random): string {
  const bank = uniform(['001', '063', '068', '096', '310', '363', '523', '539', '732', '751'])(random);
  const account = String(Math.floor(random() * 10_000_000)).padStart(7, '0');
  const national = mod97(bank + account) || 97;
  const bban = bank + account + String(national).padStart(2, '0');
  const check = 98 - mod97(bban + '111400'); // B = 11, E = 14, then "00"
  return `BE${String(check).padStart(2, '0')}${bban}`;
}

/** Column arrays, one entry per person, in the order of `i` (1..n): inserted with `unnest`. */
export interface PeopleColumns {
  i: number[];
  kind: string[];
  first_name: Array<string | null>;
  last_name: Array<string | null>;
  birth_date: Array<string | null>;
  gender: Array<string | null>;
  niss_enc: Array<string | null>;
  niss_hash: Array<string | null>;
  foreign_id_enc: Array<string | null>;
  foreign_id_hash: Array<string | null>;
  foreign_id_country: Array<string | null>;
  legal_name: Array<string | null>;
  enterprise_number: Array<string | null>;
  vat_number: Array<string | null>;
  representative_name: Array<string | null>;
  representative_role: Array<string | null>;
  street: string[];
  postal_code: string[];
  city: string[];
  country: string[];
  iban_enc: string[];
  iban_last4: string[];
  email: string[];
  phone: Array<string | null>;
  language: string[];
  search_text: string[];
}

export interface GeneratedPeople {
  columns: PeopleColumns;
  /** Natural persons' names, to build name searches with the register's own frequencies. */
  names: Array<{ first: string; last: string }>;
  /** NISS of natural persons who have one, to build NISS searches. */
  niss: string[];
  legal: number;
  foreignIds: number;
}

/** Legal persons: one in a thousand (0.1 %), always in category C. */
export const isLegal = (i: number) => i % 1000 === 500;

/**
 * The people of the register, built in Node because their NISS blind index (HMAC) and the encrypted
 * NISS and IBAN need the server's keys. Everything else about their membership is made in SQL.
 */
export function generatePeople(
  count: number,
  protector: AppContext['protector'],
  seed: number,
): GeneratedPeople {
  const random = seededRandom(seed);
  const c: PeopleColumns = {
    i: [],
    kind: [],
    first_name: [],
    last_name: [],
    birth_date: [],
    gender: [],
    niss_enc: [],
    niss_hash: [],
    foreign_id_enc: [],
    foreign_id_hash: [],
    foreign_id_country: [],
    legal_name: [],
    enterprise_number: [],
    vat_number: [],
    representative_name: [],
    representative_role: [],
    street: [],
    postal_code: [],
    city: [],
    country: [],
    iban_enc: [],
    iban_last4: [],
    email: [],
    phone: [],
    language: [],
    search_text: [],
  };
  const names: GeneratedPeople['names'] = [];
  const nissList: string[] = [];
  // NISS sequence numbers already given per birth date. The demo seed uses 102-117: start at 200.
  const sequences = new Map<string, number>();
  let legal = 0;
  let foreignIds = 0;

  for (let i = 1; i <= count; i++) {
    const region = regionOf(random);
    const place = placeOf[region](random);
    const language = languageByRegion[region](random);
    const origin = originByRegion[region](random);
    const streetLanguage =
      region === 'flanders' || region === 'netherlands' ? 'nl' : region === 'ostbelgien' ? 'de' : 'fr';
    const street = `${uniform(STREETS[streetLanguage])(random)} ${1 + Math.floor(random() * 180)}`;
    const iban = belgianIban(random);
    const domain = uniform(EMAIL_DOMAINS)(random);
    const phone =
      random() < 0.7
        ? `+32 4${70 + Math.floor(random() * 30)} ${String(Math.floor(random() * 1e6)).padStart(6, '0')}`
        : null;

    c.i.push(i);
    c.street.push(street);
    c.postal_code.push(place.postalCode);
    c.city.push(place.city);
    c.country.push(place.country);
    c.iban_enc.push(protector.encrypt(iban));
    c.iban_last4.push(iban.slice(-4));
    c.phone.push(phone);
    c.language.push(language);

    if (isLegal(i)) {
      legal++;
      const form = uniform(LEGAL_FORMS)(random);
      const legalName = `${form} ${uniform(LEGAL_WORDS)(random)} ${uniform(LEGAL_PLACES)(random)}`;
      const first8 = `0${String(7_100_000 + legal).padStart(7, '0')}`;
      const enterprise = first8 + enterpriseNumberCheckDigits(first8);
      const gender = random() < 0.5 ? 'female' : 'male';
      const representative = `${firstNameOf[firstNamePool(origin, language, random)][gender](random)} ${lastNameOf[origin](random)}`;
      const email = `contact@${slug(legalName)}.be`;
      c.kind.push('legal');
      c.first_name.push(null);
      c.last_name.push(null);
      c.birth_date.push(null);
      c.gender.push(null);
      c.niss_enc.push(null);
      c.niss_hash.push(null);
      c.foreign_id_enc.push(null);
      c.foreign_id_hash.push(null);
      c.foreign_id_country.push(null);
      c.legal_name.push(legalName);
      c.enterprise_number.push(enterprise);
      c.vat_number.push(random() < 0.6 ? `BE${enterprise}` : null);
      c.representative_name.push(representative);
      c.representative_role.push(language === 'nl' ? 'Zaakvoerder' : 'Gérant·e');
      c.email.push(email);
      c.search_text.push(searchText([legalName, representative, email]));
      continue;
    }

    const gender = genderOf(random);
    const pool = firstNameOf[firstNamePool(origin, language, random)];
    const first = (gender === 'x' ? (random() < 0.5 ? pool.female : pool.male) : pool[gender])(random);
    const last = lastNameOf[origin](random);
    // Born 1950-2001, most around 1975: freelancers aged 16 to 67 when the register starts (2017).
    const year = 1950 + Math.floor(((random() + random()) / 2) * 52);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * new Date(Date.UTC(year, month, 0)).getUTCDate());
    const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const email = `${slug(first)}.${slug(last)}${random() < 0.4 ? String(year).slice(2) : ''}${random() < 0.2 ? Math.floor(random() * 100) : ''}@${domain}`;

    c.kind.push('natural');
    c.first_name.push(first);
    c.last_name.push(last);
    c.birth_date.push(birthDate);
    c.gender.push(gender);
    c.legal_name.push(null);
    c.enterprise_number.push(null);
    c.vat_number.push(null);
    c.representative_name.push(null);
    c.representative_role.push(null);
    c.email.push(email);
    c.search_text.push(searchText([first, last, email]));
    names.push({ first, last });

    // Residents of Belgium have a NISS; most people living abroad too (they worked here), the others
    // sign up with a foreign identity number.
    if (place.country === 'BE' || random() < 0.6) {
      // Odd sequence for men, even for women (historical rule; information only).
      const taken = sequences.get(birthDate) ?? 0;
      sequences.set(birthDate, taken + 1);
      const sequence = 200 + taken * 2 + (gender === 'female' ? 0 : 1);
      const niss = makeNiss({ year, month, day, sequence });
      c.niss_enc.push(protector.encrypt(niss));
      c.niss_hash.push(protector.blindIndex('niss', niss));
      c.foreign_id_enc.push(null);
      c.foreign_id_hash.push(null);
      c.foreign_id_country.push(null);
      nissList.push(niss);
    } else {
      foreignIds++;
      const country = place.country;
      const foreignId = `${String(year).slice(2)}${country}${String(i).padStart(7, '0')}`;
      c.niss_enc.push(null);
      c.niss_hash.push(null);
      c.foreign_id_enc.push(protector.encrypt(foreignId));
      c.foreign_id_hash.push(protector.blindIndex('foreign_id', `${country}:${foreignId}`));
      c.foreign_id_country.push(country);
    }
  }
  return { columns: c, names, niss: nissList, legal, foreignIds };
}
