/**
 * Public API of the Activity tool's rules (life cycle, participants, budget, quotes, spending, salaries,
 * CDI, internal financing, year end, alerts). Pure, no I/O. Rates and rules: SOURCES.md in this folder.
 */
export {
  ACTIVITY_ACTIONS,
  ACTIVITY_DESCRIPTION_MAX_LENGTH,
  ACTIVITY_ENTITIES,
  ACTIVITY_NAME_MAX_LENGTH,
  ACTIVITY_NAME_MIN_LENGTH,
  ACTIVITY_OPERATIONS,
  ACTIVITY_REASON_MAX_LENGTH,
  ACTIVITY_STATUSES,
  PARTICIPANT_RIGHTS,
  activityTransition,
  availableActivityActions,
  can,
  changeParticipant,
  effectiveRights,
  isActivityAction,
  isActivityOperation,
  isActivityStatus,
  isParticipantRight,
  openerParticipant,
  removeParticipant,
  requireRight,
  validateActivityRequest,
  validateInvitation,
} from './activity.ts';
export type {
  ActivityAction,
  ActivityActor,
  ActivityOperation,
  ActivityRequestContext,
  ActivityRequestInput,
  ActivityStatus,
  ActivityTransitionContext,
  InvitationContext,
  InvitationInput,
  Participant,
  ParticipantChange,
  ParticipantRight,
  ValidActivityRequest,
} from './activity.ts';
export {
  ACTIVITY_SETTING_LIMITS,
  DEFAULT_ACTIVITY_SETTINGS,
  activitySettingsFor,
  activitySettingsIssues,
} from './settings.ts';
export type { ActivitySettings } from './settings.ts';
export {
  budgetView,
  canAfford,
  commit as commitToBudget,
  invoiceBudgetCredit,
  receivedShare,
  requireAffordable,
} from './budget.ts';
export type {
  Affordability,
  BudgetFigures,
  BudgetView,
  CommittedFigures,
  InvoiceCredit,
  InvoiceCreditInput,
} from './budget.ts';
export {
  QUOTE_ACTIONS,
  QUOTE_MAX_LINES,
  QUOTE_MAX_VALIDITY_DAYS,
  QUOTE_STATUSES,
  SCHEDULE_KINDS,
  isQuoteAction,
  isQuoteStatus,
  nextScheduledInvoice,
  planSchedule,
  quoteTransition,
  remainingToInvoice,
  validateQuote,
} from './quote.ts';
export type {
  NextInvoice,
  PlannedInvoice,
  QuoteAction,
  QuoteActor,
  QuoteContext,
  QuoteInput,
  QuoteLine,
  QuoteLineInput,
  QuoteStatus,
  QuoteTransitionContext,
  ScheduleItemInput,
  ScheduleKind,
  ScheduledInvoice,
  TreatmentAmount,
  ValidQuote,
} from './quote.ts';
export {
  APPROVAL_STEPS,
  STAFF_APPROVER_ROLES,
  approvalRoute,
  canDecide,
  decideApproval,
  pendingStep,
} from './approval.ts';
export type {
  ApprovalOutcome,
  ApprovalRecord,
  ApprovalState,
  ApprovalStatus,
  ApprovalStep,
  Approver,
  RouteInput,
} from './approval.ts';
export {
  RECEIPT_SNIFF_BYTES,
  RECEIPT_TYPES,
  checkReceipt,
  isReceiptType,
  sniffReceiptType,
} from './receipt.ts';
export type { ReceiptInput, ReceiptType } from './receipt.ts';
export {
  MILEAGE_RATE_RULES,
  MILEAGE_YEARLY_KM_WITHOUT_PROOF,
  mileageAmountCents,
  mileageRateAt,
} from './mileage.ts';
export type { MileageRateRule } from './mileage.ts';
export {
  EXPENSE_CATEGORIES,
  EXPENSE_MAX_LINES,
  VAT_DEDUCTION_RULES,
  expenseApprovalRoute,
  isExpenseCategory,
  maxIncludedVat,
  recoverableVat,
  validateExpenseClaim,
} from './expense.ts';
export type {
  ExpenseCategory,
  ExpenseClaimContext,
  ExpenseClaimInput,
  ExpenseLine,
  ExpenseLineInput,
  MileageLineInput,
  ReceiptLineInput,
  RecoverableVatInput,
  ValidExpenseClaim,
  VatDeductionRule,
} from './expense.ts';
export { maxVatOnBase, purchaseApprovalRoute, validatePurchase } from './purchase.ts';
export type { PurchaseContext, PurchaseInput, ValidPurchase } from './purchase.ts';
export {
  ACTIVITY_SALARY_FEE_RULE,
  activityPayrollRules,
  salaryApprovalRoute,
  validateSalaryRequest,
} from './salary-request.ts';
export type {
  SalaryRequestContext,
  SalaryRequestInput,
  SalaryRequestWork,
  ValidSalaryRequest,
} from './salary-request.ts';
export { cdiFromEstimate, cdiReserve, cdiTrend, requireCdiReserve } from './cdi.ts';
export type {
  CdiEstimate,
  CdiEstimateInput,
  CdiTrend,
  ReserveCheck,
  ReserveInput,
  TrendInput,
} from './cdi.ts';
export {
  ARRANGEMENT_FEE_RULES,
  FINANCING_KINDS,
  addMonths,
  arrangementFee,
  isFinancingKind,
  repaymentSchedule,
  validateFinancingRequest,
} from './financing.ts';
export type {
  ArrangementFeeRule,
  FinancingKind,
  FinancingRequestInput,
  Instalment as FinancingInstalment,
  ValidFinancingRequest,
} from './financing.ts';
export { MOVEMENT_KINDS, activityStatement, carryOver, statementsByYear } from './year-end.ts';
export type { ActivityStatement, BudgetMovement, CarryOver, MovementKind } from './year-end.ts';
export { ACTIVITY_ALERT_CODES, activityAlerts } from './alerts.ts';
export type { ActivityAlert, ActivityAlertCode, AlertInput } from './alerts.ts';
export { activityMessages } from './messages.ts';
