/** Shapes of the governance API answers used by the pages. */
export type Translated = Record<'fr' | 'nl' | 'en' | 'de', string>;
export type Answer = 'for' | 'against' | 'abstain';

export interface VoteSummary {
  id: string;
  kind: 'resolutions' | 'election';
  title: Translated;
  opensAt: string;
  closesAt: string;
  allowChange: boolean;
  maxChoices: number | null;
  callOpensAt: string | null;
  callClosesAt: string | null;
  state: 'scheduled' | 'open' | 'closed';
  closedAt: string | null;
}

export interface Candidate {
  id: string;
  name: string;
  category: string;
  group: string;
  personKind: 'natural' | 'legal';
  gender: 'female' | 'male' | 'x' | null;
  profile: string;
  motivation: string;
  skills: string;
  vision: string;
  language: string;
}

export interface VoteDetail extends VoteSummary {
  resolutions: Array<{ id: string; position: number; kind: string; title: Translated; body: Translated }>;
  candidates: Candidate[];
  iVoted: boolean;
  votedFor: string[];
}

export interface AssemblyView {
  id: string;
  entityId: string;
  title: Translated;
  heldAt: string;
  place: string;
  streamUrl: string | null;
  cutoffDate: string;
  secondConvocation: boolean;
  status: 'draft' | 'convened' | 'closed';
  convenedAt: string | null;
  convenedCount: number | null;
  documents: Array<{ title: Translated; url: string }>;
  votes: VoteDetail[];
  me: {
    memberId: string;
    memberNumber: number | null;
    eligible: boolean;
    ineligibility: string | null;
    proxyGiven: { holderName: string; holderNumber: number } | null;
    proxiesHeld: Array<{ memberId: string; name: string }>;
  } | null;
}

export interface AssemblySummary {
  id: string;
  title: Translated;
  heldAt: string;
  place: string;
  status: 'draft' | 'convened' | 'closed';
  votes: VoteSummary[];
}

export interface AnswerCounts {
  for: number;
  against: number;
  abstain: number;
}

export interface Results {
  kind: 'resolutions' | 'election';
  electorate: { voters: number; shares: number; byCategory: Record<string, number> };
  participation: { voters: number; shares: number; byChannel: Record<string, number> };
  ballots: number;
  blank?: number;
  resolutions?: Array<{
    resolutionId: string;
    counts: AnswerCounts;
    byCategory: Record<string, AnswerCounts>;
    cast: number;
    needed: number;
    quorumMet: boolean;
    outcome: 'adopted' | 'rejected' | 'no_quorum';
  }>;
  candidates?: Array<{
    id: string;
    name: string;
    category: string;
    group: string;
    gender: string | null;
    votes: number;
    byCategory: Record<string, number>;
    lot: number;
  }>;
  allocation?: {
    elected: Array<{ candidateId: string; group: string; rank: number; byParity: boolean }>;
    ranking: string[];
    parity: { counts: Record<string, number>; counted: number; minimum: number; met: boolean };
    problems: Array<{ code: string } & Record<string, string | number>>;
  };
}

export interface PublishedBallot {
  receipt: string;
  category: string;
  content: { kind: 'resolutions'; answers: Record<string, Answer> } | { kind: 'election'; choices: string[] };
}

/** The text in the interface language (English as a fallback). */
export function inLanguage(text: Translated | undefined, language: string): string {
  if (!text) return '';
  return text[language as keyof Translated] ?? text.en;
}

/** Converts a `datetime-local` value (Brussels wall time in the browser) to an ISO instant. */
export function localToIso(value: string): string {
  return value ? new Date(value).toISOString() : '';
}
