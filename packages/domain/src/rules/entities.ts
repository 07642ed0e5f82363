import type { BeContractType } from './be/contract-types.ts';
import type { FeeCountry, FeeRule } from './fees.ts';

/**
 * What the payroll engine needs to know about a legal entity of the group. The platform's entity
 * catalogue (entities/) holds the administrative data; this table holds the payroll permissions.
 * To add an entity, add an entry here (or pass a rule set with it to the engine): its fee follows its
 * country unless `feeRules` / `feeRateBp` say otherwise.
 */
export interface PayrollEntity {
  code: string;
  name: string;
  country: FeeCountry;
  /** Contract types this entity may issue. Empty: the entity invoices but does not employ here. */
  contractTypes: readonly BeContractType[];
  /** Its services are exempt from VAT (amounts are always handled excluding VAT). */
  vatExempt: boolean;
  /** Own fee timeline, replacing the country's. */
  feeRules?: readonly FeeRule[];
  /** Own rate within the country's published range (SE 6.5-10 %), in basis points. */
  feeRateBp?: number;
  source: string;
}

export const PAYROLL_ENTITIES: Readonly<Record<string, PayrollEntity>> = {
  'BE-COOP': {
    code: 'BE-COOP',
    name: 'SmartCoop',
    country: 'BE',
    contractTypes: [],
    vatExempt: false,
    source:
      "The cooperative; the entities hosting the members' work are Productions Associées, Formateurs Associés and Palais de l'Intérim (seeds 003:L1726-1728)",
  },
  'BE-PA': {
    code: 'BE-PA',
    name: 'Productions Associées',
    country: 'BE',
    contractTypes: ['employee', 'artistic_employee', 'student'],
    vatExempt: false,
    source:
      'More than 90 % of the activity in Belgium, ordinary employment contracts (seeds 003:L1810-1814, 003:L6125-6129)',
  },
  'BE-FA': {
    code: 'BE-FA',
    name: 'Formateurs Associés',
    country: 'BE',
    contractTypes: ['trainer'],
    vatExempt: true,
    source: 'Entity dedicated to training, VAT exemption (seeds 001:L729-731, 003:L6136-6140)',
  },
  'BE-PI': {
    code: 'BE-PI',
    name: "Palais de l'Intérim",
    country: 'BE',
    contractTypes: ['interim'],
    vatExempt: false,
    source: 'Services under an interim contract (seeds 003:L6130-6134, 001:L728)',
  },
  'FR-SMART': {
    code: 'FR-SMART',
    name: 'SmartFr',
    country: 'FR',
    contractTypes: [],
    vatExempt: false,
    source:
      'SCIC SmartFr (seeds 001:L3797-3810). French contracts (CDDu, intermittence, CAPE, CDI) are not modelled by this engine: fee only',
  },
};
