/**
 * The voter's secret token for one vote, generated and kept on this device only: with it the voter
 * may replace their ballot until the close. The server keeps two unrelated hashes of it, never the
 * token, so nobody else can link the voter to the ballot (docs/decisions.md, "Secret ballots").
 */
interface Stored {
  token: string;
  receipt?: string;
}

const key = (voteId: string, memberId: string) => `partage.vote.${voteId}.${memberId}`;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function voterToken(voteId: string, memberId: string): Stored {
  const raw = localStorage.getItem(key(voteId, memberId));
  if (raw) return JSON.parse(raw) as Stored;
  const fresh = { token: randomToken() };
  localStorage.setItem(key(voteId, memberId), JSON.stringify(fresh));
  return fresh;
}

export function rememberReceipt(voteId: string, memberId: string, receipt: string): void {
  const stored = voterToken(voteId, memberId);
  localStorage.setItem(key(voteId, memberId), JSON.stringify({ ...stored, receipt }));
}

export function storedReceipt(voteId: string, memberId: string): string | undefined {
  const raw = localStorage.getItem(key(voteId, memberId));
  return raw ? (JSON.parse(raw) as Stored).receipt : undefined;
}
