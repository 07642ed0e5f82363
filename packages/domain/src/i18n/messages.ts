import { commonMessages } from './common-messages.ts';
import { authMessages } from './auth-messages.ts';
import { createTranslator } from './translate.ts';
import { identifierMessages } from '../identifiers/messages.ts';
import { membershipMessages } from '../membership/messages.ts';
import { payrollMessages } from '../payroll/messages.ts';
import { ledgerMessages } from '../ledger/messages.ts';
import { contractMessages } from '../contracts/messages.ts';
import { governanceMessages } from '../governance/messages.ts';
import { invoicingMessages } from '../invoicing/messages.ts';
import { bankMessages } from '../bank/messages.ts';
import { clientAccessMessages } from '../clients-access/messages.ts';
import { paymentMessages } from '../payments/messages.ts';
import { receivablesMessages } from '../receivables/messages.ts';
import { activityMessages } from '../activities/messages.ts';

/** All message catalogues of the domain: the server answers every error code in the user's language. */
export const translator = createTranslator([
  commonMessages,
  authMessages,
  identifierMessages,
  membershipMessages,
  payrollMessages,
  ledgerMessages,
  governanceMessages,
  contractMessages,
  invoicingMessages,
  bankMessages,
  clientAccessMessages,
  paymentMessages,
  receivablesMessages,
  activityMessages,
]);
