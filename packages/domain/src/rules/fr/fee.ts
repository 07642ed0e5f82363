import type { FeeRule } from '../fees.ts';

/**
 * France (SmartFr, SCIC): 8.5 % for individual project holders ("porteurs individuels"), 6.5 % for legal
 * persons ("personnes juridiques"), on amounts excluding VAT.
 * Source: seeds 001:L3797, L3865-3866 (2017 annual report, table of the European network, column France:
 * "Prélèvement SMart (sur montants HTVA) 8,5% (porteurs individuels) 6,5% (personnes juridiques)").
 * Note: the source distinguishes the kind of PROJECT HOLDER (the member), not of the client; the engine
 * input is called `clientKind` as requested by the platform API, see payroll/types.ts.
 * French payroll itself (CDDu, intermittence, CAPE, CDI: 003:L1389-1409) is not modelled here.
 */
export const FR_FEE_RULES: readonly FeeRule[] = [
  {
    validFrom: '2017-01-01',
    rateBp: 850,
    legalPersonRateBp: 650,
    source:
      'Seeds 001:L3797, L3865-3866 (2017 report, France: "8,5% (porteurs individuels) 6,5% (personnes juridiques)", sur montants HTVA)',
    verified: true,
  },
];
