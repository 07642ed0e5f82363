import { foldForSearch } from '@partage/domain';
import { seededRandom } from '../lib/random.ts';
import { UNKNOWN_NAMES } from './names.ts';
import type { GeneratedPeople } from './people.ts';

export interface Scenario {
  name: string;
  description: string;
  /** Paths with their query strings, taken in turn by the load generator. */
  paths: string[];
}

const ENDPOINT = '/api/v1/register/members';
const PATHS_PER_SCENARIO = 2000;

function path(params: Record<string, string | number>): string {
  const query = new URLSearchParams({
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  if (!query.has('limit')) query.set('limit', '50');
  return `${ENDPOINT}?${query.toString()}`;
}

function pickWeighted<T>(random: () => number, entries: Array<[T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let target = random() * total;
  for (const [value, weight] of entries) if ((target -= weight) < 0) return value;
  return entries[entries.length - 1]![0];
}

const formatNiss = (n: string) =>
  `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;

/**
 * What staff type in the register's search box, and the lists they open. Name searches pick a person
 * of the register at random, so that common names are searched as often as they are common; a few
 * searches find nobody (typo, unknown person).
 */
export function buildScenarios(people: GeneratedPeople, maxMemberNumber: number, seed: number): Scenario[] {
  const random = seededRandom(seed);
  const person = () => people.names[Math.floor(random() * people.names.length)]!;
  const repeat = (make: () => string) => Array.from({ length: PATHS_PER_SCENARIO }, make);

  const nameSearch = () => {
    const kind = pickWeighted(random, [
      ['last', 40],
      ['prefix', 20],
      ['full', 15],
      ['first', 10],
      ['lowercase-last', 5],
      ['unknown', 10],
    ] as Array<[string, number]>);
    const p = person();
    switch (kind) {
      case 'last':
        return path({ q: p.last });
      case 'prefix': {
        // The first letters of the name's last word: "broe" for "Van den Broeck".
        const word = p.last.split(' ').pop()!.toLowerCase();
        return path({ q: word.length <= 5 ? word : word.slice(0, 4 + Math.floor(random() * 2)) });
      }
      case 'full':
        return path({ q: `${p.first} ${p.last}` });
      case 'first':
        return path({ q: p.first });
      case 'lowercase-last':
        return path({
          q: foldForSearch(p.last),
        });
      default:
        return path({ q: UNKNOWN_NAMES[Math.floor(random() * UNKNOWN_NAMES.length)]! });
    }
  };
  const numberSearch = () => path({ q: 1 + Math.floor(random() * maxMemberNumber) });
  const nissSearch = () => {
    const niss = people.niss[Math.floor(random() * people.niss.length)]!;
    return path({ q: random() < 0.5 ? formatNiss(niss) : niss });
  };
  const filtered = () =>
    path(
      pickWeighted(random, [
        [{ status: 'applicant' }, 25],
        [{ status: 'member', category: 'A' }, 15],
        [{ status: 'member', category: 'B' }, 10],
        [{ status: 'member', category: 'C' }, 15],
        [{ status: 'resigned' }, 15],
        [{ category: 'C' }, 10],
        [{ status: 'member' }, 10],
      ] as Array<[Record<string, string>, number]>),
    );
  const paging = () => {
    const offset = 50 * (1 + Math.floor(random() * 100));
    return random() < 0.5 ? path({ status: 'member', offset }) : path({ offset });
  };

  const name = repeat(nameSearch);
  const number = repeat(numberSearch);
  const niss = repeat(nissSearch);
  const filters = repeat(filtered);
  const pages = repeat(paging);
  const mix = repeat(() =>
    pickWeighted(random, [
      [nameSearch, 50],
      [numberSearch, 15],
      [nissSearch, 10],
      [filtered, 15],
      [paging, 10],
    ] as Array<[() => string, number]>)(),
  );

  return [
    {
      name: 'mix',
      description:
        'Realistic mix: 50 % name, 15 % member number, 10 % NISS, 15 % status/category lists, 10 % further pages',
      paths: mix,
    },
    {
      name: 'name',
      description:
        'Name search (trigram LIKE): last name 40 %, its first 4-5 letters 20 %, first + last 15 %, first name 10 %, ' +
        'lower case 5 %, unknown name 10 %',
      paths: name,
    },
    { name: 'member-number', description: 'Search by member number (1 to the highest)', paths: number },
    {
      name: 'niss',
      description: 'Search by NISS (HMAC blind index), typed with or without dots',
      paths: niss,
    },
    {
      name: 'status-category',
      description:
        'First page of a list filtered by status and/or category (applicants, members of A/B/C, resigned...)',
      paths: filters,
    },
    {
      name: 'paging',
      description:
        'Pages 2 to 101 of all members, or of the members with status "member" (offset 50 to 5,000)',
      paths: pages,
    },
  ];
}
