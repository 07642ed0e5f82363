/**
 * Matching a payment received to what is owed: open invoices and unpaid share subscriptions.
 *
 * The rules, in order:
 * (a) every valid structured communication (or creditor reference) of the payment that points to an open
 *     item settles it, in the order the payer wrote them, up to what the item still owes: one transfer may
 *     pay several invoices; what is left over is an overpayment;
 * (b) a payment without any reference settles an invoice when exactly one open invoice has the exact amount
 *     due and a client whose name matches the payer's (accents, case and legal forms aside);
 * (c) otherwise the payment is not matched: it waits in the suspense account for client service, with
 *     ranked suggestions (same amount, similar name, invoice number or reference fragments in the text).
 * A payment smaller than what is due pays part of it. Allocations never exceed the payment nor what an item
 * owes: `allocations + excess = amount`.
 */
import { parseCreditorReference } from '../identifiers/structured-communication.ts';
import { nameSimilarity, namesMatch, nameTokens } from './names.ts';

export type OpenItemType = 'invoice' | 'share_request';

export interface OpenItem {
  type: OpenItemType;
  id: string;
  /** The invoice number (`BE-PA-2026-000123`); null for a share subscription. */
  number: string | null;
  /** The 12 digits of its structured communication. */
  reference: string | null;
  /** What it still owes, in cents. */
  dueCents: number;
  /** The client (invoice) or the member (share subscription). */
  name: string;
  entityId: string;
  /** Oldest first among suggestions of the same score. */
  dueDate?: string | null;
}

export interface IncomingPayment {
  amountCents: number;
  /** Valid references, electronic form (see `references.ts`). */
  references: readonly string[];
  counterpartyName: string | null;
  remittanceText: string;
}

export interface PaymentAllocation {
  type: OpenItemType;
  id: string;
  amountCents: number;
}

export type MatchRule = 'reference' | 'amount_and_name';

export const SUGGESTION_REASONS = [
  'same_amount',
  'similar_name',
  'number_in_text',
  'reference_fragment',
] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export interface Suggestion {
  type: OpenItemType;
  id: string;
  /** 0 to 100. */
  score: number;
  reasons: SuggestionReason[];
  dueCents: number;
}

export interface MatchResult {
  /** How the payment was matched; null when it was not. */
  rule: MatchRule | null;
  allocations: PaymentAllocation[];
  /** What no item takes: an overpayment, or the whole payment when nothing matched. */
  excessCents: number;
  /** When nothing matched: what client service might allocate it to, best first. */
  suggestions: Suggestion[];
}

/** Points of each reason; a suggestion's score is their sum, at most 100. */
const POINTS = { sameAmount: 40, name: 40, number: 50, fragment: 45 } as const;
const MIN_SCORE = 30;

const keyOf = (type: OpenItemType, id: string) => `${type}:${id}`;

function add<K>(index: Map<K, Set<string>>, key: K, value: string) {
  const set = index.get(key);
  if (set) set.add(value);
  else index.set(key, new Set([value]));
}

/** Runs of digits of a text once separators people put in references are removed. */
function digitRuns(text: string, min: number): string[] {
  return (text.replace(/[\s/+*.-]/g, '').match(/\d+/g) ?? []).filter((run) => run.length >= min);
}

/** The keys under which a 12-digit reference is found when one digit is wrong or its check digits are. */
function nearKeys(reference: string): string[] {
  const keys = [`${reference.slice(0, 10)}..`];
  for (let i = 0; i < reference.length; i += 1)
    keys.push(`${reference.slice(0, i)}?${reference.slice(i + 1)}`);
  return keys;
}

/** The 12 digits with two neighbours swapped, each way. */
function swaps(typed: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < typed.length; i += 1)
    if (typed[i] !== typed[i + 1]) out.push(typed.slice(0, i) + typed[i + 1] + typed[i] + typed.slice(i + 2));
  return out;
}

/** Digits of an invoice number worth looking for in a text (`BE-PA-2026-000123` → `2026000123`). */
function numberDigits(number: string | null): string | null {
  const digits = number?.replace(/\D/g, '') ?? '';
  return digits.length >= 6 ? digits : null;
}

/**
 * The open items of an entity, indexed for matching many payments: by reference, amount due, name words,
 * number and reference fragments. `settle` lowers what an item owes as payments are allocated, so that the
 * next payment of the same file sees it.
 */
export class OpenItemBook {
  private readonly items = new Map<string, OpenItem>();
  private readonly byReference = new Map<string, string>();
  private readonly byAmount = new Map<number, Set<string>>();
  private readonly byWord = new Map<string, Set<string>>();
  /** A reference with one digit masked (`2000000?2394`), its base alone (`2000000123..`). */
  private readonly byNear = new Map<string, Set<string>>();
  private readonly byNumber = new Map<string, string>();
  private readonly numberLengths = new Set<number>();

  constructor(items: readonly OpenItem[]) {
    for (const source of items) {
      if (source.dueCents <= 0) continue;
      const item = { ...source };
      const key = keyOf(item.type, item.id);
      this.items.set(key, item);
      add(this.byAmount, item.dueCents, key);
      for (const word of nameTokens(item.name)) if (word.length >= 3) add(this.byWord, word, key);
      if (item.reference) {
        this.byReference.set(item.reference, key);
        for (const near of nearKeys(item.reference)) add(this.byNear, near, key);
      }
      const digits = numberDigits(item.number);
      if (digits) {
        this.byNumber.set(digits, key);
        this.numberLengths.add(digits.length);
      }
      if (item.number) this.byReference.set(item.number.replace(/[^A-Za-z0-9]/g, '').toUpperCase(), key);
    }
  }

  get size(): number {
    return this.items.size;
  }

  get(type: OpenItemType, id: string): OpenItem | undefined {
    return this.items.get(keyOf(type, id));
  }

  /** The open item a reference points to: a structured communication, or a creditor reference built on it. */
  itemOfReference(reference: string): OpenItem | undefined {
    let key = this.byReference.get(reference);
    if (!key && reference.startsWith('RF')) {
      const parsed = parseCreditorReference(reference);
      if (parsed.ok) key = this.byReference.get(parsed.value.slice(4));
    }
    const item = key ? this.items.get(key) : undefined;
    return item && item.dueCents > 0 ? item : undefined;
  }

  /** Lowers what an item owes (after an allocation). */
  settle(type: OpenItemType, id: string, amountCents: number): void {
    const key = keyOf(type, id);
    const item = this.items.get(key);
    if (!item) return;
    this.byAmount.get(item.dueCents)?.delete(key);
    item.dueCents = Math.max(0, item.dueCents - amountCents);
    if (item.dueCents > 0) add(this.byAmount, item.dueCents, key);
  }

  /** Decides what a payment pays (rules a, b, c above). Changes nothing: call `settle` for each allocation. */
  match(payment: IncomingPayment, suggestionLimit = 5): MatchResult {
    // (a) References, in the payer's order.
    if (payment.references.length > 0) {
      const allocations: PaymentAllocation[] = [];
      let remaining = payment.amountCents;
      const used = new Set<string>();
      for (const reference of payment.references) {
        if (remaining <= 0) break;
        const item = this.itemOfReference(reference);
        if (!item || used.has(keyOf(item.type, item.id))) continue;
        used.add(keyOf(item.type, item.id));
        const amount = Math.min(remaining, item.dueCents);
        allocations.push({ type: item.type, id: item.id, amountCents: amount });
        remaining -= amount;
      }
      if (allocations.length > 0)
        return { rule: 'reference', allocations, excessCents: remaining, suggestions: [] };
    } else {
      // (b) No reference at all: exact amount and the same name, for exactly one invoice.
      const candidates = [...(this.byAmount.get(payment.amountCents) ?? [])]
        .map((key) => this.items.get(key)!)
        .filter((item) => item.type === 'invoice' && namesMatch(item.name, payment.counterpartyName));
      if (candidates.length === 1) {
        const item = candidates[0]!;
        return {
          rule: 'amount_and_name',
          allocations: [{ type: item.type, id: item.id, amountCents: payment.amountCents }],
          excessCents: 0,
          suggestions: [],
        };
      }
    }
    // (c) Not matched.
    return {
      rule: null,
      allocations: [],
      excessCents: payment.amountCents,
      suggestions: this.suggest(payment, suggestionLimit),
    };
  }

  /** Items the payment might be for, best first, each with its score and reasons. */
  suggest(payment: IncomingPayment, limit = 5): Suggestion[] {
    const found = new Map<string, { reasons: Set<SuggestionReason>; score: number }>();
    const note = (key: string, reason: SuggestionReason, points: number) => {
      const current = found.get(key) ?? { reasons: new Set<SuggestionReason>(), score: 0 };
      if (current.reasons.has(reason)) return;
      current.reasons.add(reason);
      current.score += points;
      found.set(key, current);
    };
    for (const key of this.byAmount.get(payment.amountCents) ?? [])
      note(key, 'same_amount', POINTS.sameAmount);
    const words = nameTokens(payment.counterpartyName).filter((w) => w.length >= 3);
    const named = new Set(words.flatMap((w) => [...(this.byWord.get(w) ?? [])]));
    for (const key of named) {
      const similarity = nameSimilarity(this.items.get(key)!.name, payment.counterpartyName);
      if (similarity >= 0.5) note(key, 'similar_name', Math.round(POINTS.name * similarity));
    }
    const text = `${payment.remittanceText} ${payment.references.join(' ')}`;
    for (const run of digitRuns(text, 6)) {
      for (const length of this.numberLengths) {
        for (let i = 0; i + length <= run.length; i += 1) {
          const key = this.byNumber.get(run.slice(i, i + length));
          if (key) note(key, 'number_in_text', POINTS.number);
        }
      }
      // A structured communication mistyped: right base and wrong check digits, one digit wrong, or two
      // neighbouring digits swapped.
      for (let i = 0; i + 12 <= run.length; i += 1) {
        const typed = run.slice(i, i + 12);
        const keys = new Set<string>();
        for (const near of nearKeys(typed)) for (const key of this.byNear.get(near) ?? []) keys.add(key);
        for (const swapped of swaps(typed)) {
          const key = this.byReference.get(swapped);
          if (key) keys.add(key);
        }
        for (const key of keys) note(key, 'reference_fragment', POINTS.fragment);
      }
    }
    return [...found]
      .map(([key, { reasons, score }]) => ({
        item: this.items.get(key)!,
        reasons,
        score: Math.min(100, score),
      }))
      .filter((s) => s.score >= MIN_SCORE && s.item.dueCents > 0)
      .sort(
        (a, b) =>
          b.score - a.score ||
          (a.item.dueDate ?? '').localeCompare(b.item.dueDate ?? '') ||
          a.item.id.localeCompare(b.item.id),
      )
      .slice(0, limit)
      .map(({ item, reasons, score }) => ({
        type: item.type,
        id: item.id,
        score,
        reasons: SUGGESTION_REASONS.filter((r) => reasons.has(r)),
        dueCents: item.dueCents,
      }));
  }
}

/** Matches one payment against a list of open items (see `OpenItemBook` to match many). */
export function matchPayment(payment: IncomingPayment, items: readonly OpenItem[]): MatchResult {
  return new OpenItemBook(items).match(payment);
}
