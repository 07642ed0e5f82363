import type { Queryable } from '@partage/db';
import { type ActivityAlert, type ActivitySettings, type BudgetView, type Language } from '@partage/domain';
import { type ActivityActor, type ActivityRow } from './queries.ts';
export declare const DOCUMENT_TYPES: readonly [
  'quotes',
  'invoices',
  'expense-claims',
  'purchases',
  'salary-requests',
  'cdis',
  'financings',
];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
type Row = Record<string, unknown>;
/** One page of an Activity's documents of a type, newest first, with the total count. */
export declare function listDocuments(
  db: Queryable,
  activityId: string,
  type: DocumentType,
  page: {
    limit: number;
    offset: number;
  },
  lang: Language,
  today: string,
): Promise<{
  items: Row[];
  total: number;
}>;
/** The alerts of one Activity for its adviser (the domain's `activityAlerts`), translated. */
export declare function alertsOf(
  db: Queryable,
  activityIds: string[],
  budgets: Map<string, BudgetView>,
  today: string,
  settingsByEntity: (entityId: string) => Promise<ActivitySettings>,
  entityOf: Map<string, string>,
): Promise<Map<string, ActivityAlert[]>>;
export declare function presentAlert(
  alert: ActivityAlert,
  lang: Language,
): {
  message: string;
  code: import('@partage/domain').ActivityAlertCode;
  severity: 'critical' | 'warning';
  params: import('@partage/domain').MessageParams;
  subject: {
    type: 'invoice' | 'expense_claim';
    id: string;
  } | null;
};
/** The activity itself, as lists and its page show it. */
export declare function presentActivity(
  row: ActivityRow & {
    entity_name?: string;
    opener_name?: string;
    adviser_name?: string | null;
  },
  lang: Language,
): {
  id: string;
  reference: string;
  name: string;
  description: string;
  jobFamily: string;
  jobFamilyLabel: string;
  entityId: string;
  entityName: string;
  status: 'requested' | 'approved' | 'refused' | 'active' | 'closed';
  statusLabel: string;
  openedBy: string | null;
  adviserName: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
  refusalReason: string | null;
};
/** What the dashboard of an Activity shows its participants, its adviser and staff. */
export declare function dashboard(
  db: Queryable,
  actor: ActivityActor,
  lang: Language,
  today: string,
): Promise<{
  activity: {
    id: string;
    reference: string;
    name: string;
    description: string;
    jobFamily: string;
    jobFamilyLabel: string;
    entityId: string;
    entityName: string;
    status: 'requested' | 'approved' | 'refused' | 'active' | 'closed';
    statusLabel: string;
    openedBy: string | null;
    adviserName: string | null;
    requestedAt: Date;
    decidedAt: Date | null;
    refusalReason: string | null;
  };
  me: {
    personId: string | null;
    participant: boolean;
    administrator: boolean;
    rights: ('sell' | 'spend' | 'request_salary' | 'manage')[];
    staff: boolean;
    followingAdviser: boolean;
    can: {
      sell: boolean;
      spend: boolean;
      requestSalary: boolean;
      manage: boolean;
      decideStaffSteps: boolean;
    };
  };
  participants: {
    personId: string;
    name: string;
    email: string;
    memberNumber: number | null;
    administrator: boolean;
    rights: string[];
  }[];
  budget: {
    carriedOverCents: number | null;
    year: number;
    invoicedExclVatCents: number;
    feeCents: number;
    creditedCents: number;
    receivedCents: number;
    issuedNotPaidCents: number;
    otherInCents: number;
    spentCents: number;
    availableCents: number;
    committed: import('@partage/domain').CommittedFigures;
    committedCents: number;
    freeCents: number;
    projectedCents: number;
    advanceLimitCents: number;
  };
  settings: {
    staffApprovalThresholdCents: number;
    reserveMonths: number;
    receiptMaxBytes: number;
    financingMaxMonths: number;
  };
  months: import('./budget.ts').MonthFigures[];
  alerts: {
    message: string;
    code: import('@partage/domain').ActivityAlertCode;
    severity: 'critical' | 'warning';
    params: import('@partage/domain').MessageParams;
    subject: {
      type: 'invoice' | 'expense_claim';
      id: string;
    } | null;
  }[];
  lists: any;
}>;
export {};
