import { DomainError } from '../errors.ts';
import { effectiveAt, isRuleDate } from '../rules/types.ts';
import type { EffectiveRule } from '../rules/types.ts';
import { isBeContractType } from '../rules/be/contract-types.ts';
import type { BeContractType } from '../rules/be/contract-types.ts';
import type { PayrollEntity } from '../rules/entities.ts';
import type { FeeRule } from '../rules/fees.ts';
import type { PayrollRuleSet } from '../rules/index.ts';
import type { ClientKind } from './types.ts';

/** The rule in force on `date`, or a field error on `date` naming the missing rule. */
export function ruleAt<T extends EffectiveRule>(
  entries: readonly T[] | undefined,
  date: string,
  rule: string,
): T {
  const found = entries ? effectiveAt(entries, date) : undefined;
  if (!found) throw DomainError.field('date', 'payroll.date.no_rule', { date, rule });
  return found;
}

export function requireDate(date: unknown, field = 'date'): string {
  if (!isRuleDate(date)) throw DomainError.field(field, 'payroll.date.invalid');
  return date;
}

export function requireEntity(rules: PayrollRuleSet, code: unknown): PayrollEntity {
  const entity = typeof code === 'string' ? rules.entities[code] : undefined;
  if (!entity) throw DomainError.field('entity', 'payroll.entity.unknown', { entity: String(code) });
  return entity;
}

/** The entity's Belgian payroll rules apply only to Belgian entities. */
export function requireBelgian(entity: PayrollEntity): void {
  if (entity.country !== 'BE') {
    throw DomainError.field('entity', 'payroll.entity.unsupported_country', {
      entity: entity.code,
      country: entity.country,
    });
  }
}

export function requireAllowedContractType(entity: PayrollEntity, contractType: unknown): BeContractType {
  if (!isBeContractType(contractType)) {
    throw DomainError.field('contractType', 'payroll.contract_type.unknown', {
      contractType: String(contractType),
    });
  }
  if (!entity.contractTypes.includes(contractType)) {
    throw DomainError.field('contractType', 'payroll.contract_type.not_allowed', {
      entity: entity.code,
      contractType,
    });
  }
  return contractType;
}

export interface ResolvedFee {
  rateBp: number;
  source: string;
}

/** Fee rate of an entity on a date, for a project holder of the given kind. */
export function resolveFee(
  rules: PayrollRuleSet,
  entity: PayrollEntity,
  date: string,
  kind: ClientKind,
): ResolvedFee {
  const timeline: readonly FeeRule[] | undefined = entity.feeRules ?? rules.countryFees[entity.country];
  const rule = ruleAt(timeline, date, 'fee');
  let rateBp =
    kind === 'legal' && rule.legalPersonRateBp !== undefined ? rule.legalPersonRateBp : rule.rateBp;
  let source = rule.source;
  if (entity.feeRateBp !== undefined) {
    const range = rule.rangeBp;
    if (!range || entity.feeRateBp < range.min || entity.feeRateBp > range.max) {
      // A misconfigured rule set, not a user mistake.
      throw new Error(`entity ${entity.code}: feeRateBp ${entity.feeRateBp} outside the published range`);
    }
    rateBp = entity.feeRateBp;
    source = `${rule.source}; rate set by the entity within the published range`;
  }
  if (!Number.isSafeInteger(rateBp) || rateBp < 0 || rateBp > 10000) {
    throw new Error(`entity ${entity.code}: invalid fee rate ${rateBp}`);
  }
  return { rateBp, source };
}

export function requireClientKind(kind: unknown): ClientKind {
  if (kind === undefined) return 'natural';
  if (kind === 'natural' || kind === 'legal') return kind;
  throw DomainError.field('clientKind', 'payroll.client_kind.unknown', { clientKind: String(kind) });
}
