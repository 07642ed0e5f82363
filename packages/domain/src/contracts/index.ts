/**
 * Public API of the Contract tool's rules (declarations, clients, VAT treatments, life cycle). Pure, no I/O.
 */
export {
  EU_COUNTRIES,
  EU_COUNTRIES_RULE,
  ISO_COUNTRY_CODES,
  isEuCountry,
  isIsoCountryCode,
  vatPrefixForCountry,
} from './countries.ts';
export type { EuCountry, IsoCountryCode } from './countries.ts';
export { addDays } from './dates.ts';
export {
  JOB_FAMILIES,
  JOB_FAMILY_CODES,
  JOBS,
  isJobCode,
  isJobFamilyCode,
  jobByCode,
  jobFamilyByCode,
  jobsOfFamily,
} from './job-families.ts';
export type { Job, JobFamily, JobFamilyCode } from './job-families.ts';
export { RISKS, RISK_CODES, isRiskCode, riskByCode } from './risks.ts';
export type { Risk, RiskCode } from './risks.ts';
export {
  DOMESTIC_VAT_TREATMENTS,
  VAT_TREATMENTS,
  VAT_TREATMENT_RULES,
  checkVatTreatment,
  defaultVatTreatment,
  isVatTreatment,
  vatAmount,
  vatSummary,
  vatTreatmentRule,
} from './vat.ts';
export type {
  ClientType,
  VatCategoryCode,
  VatLine,
  VatSummary,
  VatSummaryGroup,
  VatTreatment,
  VatTreatmentParties,
  VatTreatmentRule,
} from './vat.ts';
export {
  DAILY_HOURS_RULES,
  DESCRIPTION_MAX_LENGTH,
  DESCRIPTION_MIN_LENGTH,
  POSTING_TEXT_MAX_LENGTH,
  payrollInputFor,
  validateDeclaration,
} from './declaration.ts';
export type {
  DailyHoursRule,
  DeclarationContext,
  DeclarationDayInput,
  DeclarationInput,
  PostingForm,
  PostingInput,
  ValidDeclaration,
} from './declaration.ts';
export { overlapIssues, overlappingDates } from './overlap.ts';
export type { ExistingContractDates, OverlappingDate } from './overlap.ts';
export {
  STUDENT_QUOTA_NEARLY_USED,
  checkStudentQuota,
  studentQuotaHoursAt,
  studentQuotaIssue,
} from './student-quota.ts';
export type { StudentQuotaInput, StudentQuotaResult } from './student-quota.ts';
export { DEFAULT_PAY_RULES, PAY_RULE_LIMITS, payDateFor, payRuleForEntity } from './pay-date.ts';
export type { PayRule } from './pay-date.ts';
export {
  COURIER_MIN_PAID_CENTI_HOURS_PER_DAY,
  checkPlatformAgreement,
  courierAgreementDefaults,
} from './platform-agreement.ts';
export type { PlatformAgreement, PlatformDeclaration } from './platform-agreement.ts';
export { UNUSUAL_AMOUNT_RULE, declarationWarnings } from './warnings.ts';
export type { ContractWarning, WarningInput } from './warnings.ts';
export {
  CONTRACT_ACTIONS,
  CONTRACT_STATUSES,
  REASON_MAX_LENGTH,
  availableActions,
  isContractAction,
  isContractStatus,
  transition,
} from './status.ts';
export type { ContractAction, ContractActor, ContractStatus, TransitionContext } from './status.ts';
export {
  DIMONA_TYPE_RULE,
  DIMONA_WORKER_TYPES,
  declarationTypeFor,
  employmentDeclarationFor,
  isDeclarationReference,
  makeDeclarationReference,
} from './employment-declaration.ts';
export type {
  DimonaPeriod,
  DimonaWorkerType,
  EmploymentDeclarationRecord,
} from './employment-declaration.ts';
export {
  BUYER_REFERENCE_MAX_LENGTH,
  CLIENT_ADDRESS_MAX_LENGTH,
  CLIENT_NAME_MAX_LENGTH,
  CLIENT_TYPES,
  PAYMENT_TERMS_RULES,
  clientDedupKey,
  isClientType,
  peppolIdFor,
  validateClient,
} from './client.ts';
export type { ClientInput, PaymentTermsRule, ValidClient } from './client.ts';
export { contractMessages } from './messages.ts';
