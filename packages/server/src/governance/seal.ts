import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import type { DataProtector } from '../security/crypto.ts';

/**
 * Sealing of ballots while a vote is open (docs/decisions.md, "Secret ballots"): each vote has its own
 * random AES-256-GCM key, stored only encrypted with the server secret and destroyed at the close.
 * The database alone therefore never shows a ballot's content before the close, and nobody can count.
 */
const keys = new Map<string, Buffer>();

export function newSealKey(protector: DataProtector): string {
  return protector.encrypt(randomBytes(32).toString('base64url'));
}

function keyOf(protector: DataProtector, voteId: string, sealKeyEnc: string): Buffer {
  let key = keys.get(voteId);
  if (!key) {
    key = Buffer.from(protector.decrypt(sealKeyEnc), 'base64url');
    keys.set(voteId, key);
  }
  return key;
}

/** Forgets a vote's key from memory (at the close). */
export function forgetSealKey(voteId: string): void {
  keys.delete(voteId);
}

export interface SealedContent {
  receipt: string;
  content: unknown;
}

export function seal(
  protector: DataProtector,
  voteId: string,
  sealKeyEnc: string,
  value: SealedContent,
): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(protector, voteId, sealKeyEnc), iv);
  cipher.setAAD(Buffer.from(voteId));
  const data = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [
    's1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    data.toString('base64url'),
  ].join('.');
}

export function unseal(
  protector: DataProtector,
  voteId: string,
  sealKeyEnc: string,
  sealed: string,
): SealedContent {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 's1' || !iv || !tag || !data) throw new Error('unknown sealed ballot format');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyOf(protector, voteId, sealKeyEnc),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAAD(Buffer.from(voteId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  const plain = Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
    'utf8',
  );
  return JSON.parse(plain) as SealedContent;
}

/**
 * The voter's secret token gives two unrelated hashes: one kept with the participation (to prove the
 * token is theirs), one with the ballot (to find it again and replace it). Without the token, nothing
 * leads from one to the other.
 */
export function participationCheck(token: string): string {
  return createHash('sha256').update(`participation:${token}`).digest('base64url');
}

export function ballotTokenHash(token: string): string {
  return createHash('sha256').update(`ballot:${token}`).digest('base64url');
}

export function newVoterToken(): string {
  return randomBytes(32).toString('base64url');
}

// Crockford's base 32: no I, L, O, U, easy to read back from paper.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A receipt code like `7KQ2-M9XD-4TRB` (60 random bits). */
export function newReceiptCode(): string {
  let code = '';
  for (let i = 0; i < 12; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/** Normalises a typed receipt code (case, spaces, confusable letters). */
export function normaliseReceipt(input: string): string {
  const raw = input
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return raw.length === 12 ? `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}` : raw;
}

/** Fisher–Yates with a cryptographic random source: the published order says nothing of the casting order. */
export function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The public tie-breaking draw: candidates ordered by SHA-256(vote id ":" candidate id); anyone can redo it. */
export function drawLots(voteId: string, candidateIds: readonly string[]): Map<string, number> {
  const keyed = candidateIds.map((id) => ({
    id,
    key: createHash('sha256').update(`${voteId}:${id}`).digest('hex'),
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return new Map(keyed.map((k, i) => [k.id, i + 1]));
}
