/** What the adviser back office reads from the API (`/advisers/portfolio`, `/people/:id/relation`). */

export interface Activity {
  id: string;
  reference: string;
  name: string;
  description: string;
  jobFamily: string;
  jobFamilyLabel: string;
  entityId: string;
  entityName: string;
  status: 'requested' | 'active' | 'refused' | 'closed' | string;
  statusLabel: string;
  openedBy: string | null;
  adviserName: string | null;
  requestedAt: string;
  decidedAt: string | null;
  refusalReason: string | null;
}

export interface Alert {
  code: string;
  severity: 'critical' | 'warning';
  message: string;
  params: Record<string, unknown>;
  subject: { type: 'invoice' | 'expense_claim'; id: string } | null;
}

export interface FollowedActivity extends Activity {
  budget: {
    availableCents: number;
    freeCents: number;
    issuedNotPaidCents: number;
    projectedCents: number;
    committedCents: number;
  };
  alerts: Alert[];
  critical: boolean;
}

export type SubjectType = 'expense_claim' | 'purchase' | 'salary_request';

export interface WaitingRequest {
  subjectType: SubjectType;
  id: string;
  reference: string;
  amountCents: number;
  activityId: string;
  activityName: string;
  personName: string;
  submittedOn: string;
}

export interface FinancingRequest {
  id: string;
  reference: string;
  kind: 'loan' | 'equipment' | string;
  principalCents: number;
  months: number;
  feeCents: number;
  purpose: string;
  activityId: string;
  activityName: string;
  requestedAt: string;
}

export interface FollowedMember {
  personId: string;
  name: string;
  email: string;
  memberNumber: number | null;
  lastNoteOn: string | null;
  activityCount: number;
}

export interface Portfolio {
  openingRequests: Activity[];
  activities: FollowedActivity[];
  approvals: WaitingRequest[];
  financings: FinancingRequest[];
  members: FollowedMember[];
}

export const NOTE_KINDS = ['meeting', 'call', 'email', 'note'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface Note {
  id: string;
  kind: NoteKind;
  metOn: string;
  body: string;
  activityId: string | null;
  activityName: string | null;
  authorName: string;
  createdAt: string;
}

export interface Relation {
  person: {
    personId: string;
    name: string;
    email: string;
    language: string;
    memberNumber: number | null;
    memberStatus: string | null;
    admittedOn: string | null;
    adviserName: string | null;
  };
  notes: Note[];
  activities: Activity[];
}

export interface CdiRunResult {
  month: string;
  paid: Array<{ reference: string; payslip: string; netCents: number }>;
  skipped: Array<{ reference: string; activityId: string; missingCents: number }>;
}
