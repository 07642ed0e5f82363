/**
 * Comparing the name a bank reports for a payer with the name of a client or a member. Banks upper-case,
 * drop accents, cut long names and put family names first; companies appear with or without their legal
 * form. Names are compared as sets of words, after folding accents and case and leaving out legal forms.
 */

/** Legal forms of Belgium and the neighbouring countries, as they appear in names (folded, no dots). */
const LEGAL_FORMS = new Set([
  // Belgium (current and former forms), FR and NL
  'srl',
  'sprl',
  'sprlu',
  'sa',
  'nv',
  'bv',
  'bvba',
  'asbl',
  'vzw',
  'aisbl',
  'ivzw',
  'sc',
  'scrl',
  'scri',
  'scs',
  'cv',
  'cvba',
  'cvoa',
  'comm',
  'commv',
  'snc',
  'vof',
  'gcv',
  'se',
  'fondation',
  'stichting',
  'sle',
  'scm',
  // France
  'sarl',
  'sas',
  'sasu',
  'eurl',
  'sci',
  'scop',
  'scic',
  'ei',
  'eirl',
  // Germany, Luxembourg, Netherlands, elsewhere
  'gmbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'ev',
  'ltd',
  'llc',
  'inc',
  'plc',
]);

/** Words that say nothing about who paid. */
const FILLERS = new Set([
  'mr',
  'mme',
  'mrs',
  'ms',
  'dhr',
  'mevr',
  'm',
  'herr',
  'frau',
  'et',
  'en',
  'and',
  'und',
]);

/** Lower case, no accents, letters and digits only, one space between words. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a name that identify the payer: folded, without legal forms and fillers. */
export function nameTokens(name: string | null | undefined): string[] {
  if (!name) return [];
  // Dotted legal forms first (`S.R.L.`, `b.v.`): joined before splitting.
  const joined = name.replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''));
  const words = foldName(joined)
    .split(' ')
    .filter((w) => w !== '' && !LEGAL_FORMS.has(w) && !FILLERS.has(w));
  return [...new Set(words)];
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  // A bank cut the word short (`cultuurd`), or one letter differs in a long word.
  if (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a))) return true;
  return a.length >= 6 && b.length === a.length && [...a].filter((ch, i) => ch !== b[i]).length === 1;
}

function shared(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  const used = new Set<number>();
  for (const word of a) {
    const j = b.findIndex((other, k) => !used.has(k) && sameWord(word, other));
    if (j >= 0) {
      used.add(j);
      count += 1;
    }
  }
  return count;
}

/** 0 (nothing in common) to 1 (the same words), in any order: Dice's coefficient over the words. */
export function nameSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  return (2 * shared(ta, tb)) / (ta.length + tb.length);
}

/**
 * Whether two names are the same payer, strictly enough to book a payment without a reference: the same
 * words in any order, or every word of a name of two words or more found in the other (`STAD GENT` for
 * `Stad Gent – Cultuurdienst`).
 */
export function namesMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return false;
  const [small, large] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const common = shared(small, large);
  if (common !== small.length) return false;
  return small.length === large.length || small.length >= 2;
}
