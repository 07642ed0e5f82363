export { startServer, type RunningServer } from './server.ts';
export { loadConfig, type Config } from './config.ts';
export { DEMO_PASSWORD, DEMO_USERS } from './demo/seed.ts';
export { verifyRegister } from './membership/register-routes.ts';
export type { AppContext } from './context.ts';
export { ensureReferenceData } from './entities/ensure-entities.ts';
export { postEntry, accountFor } from './ledger/index.ts';
export { verifyBalances, type BalanceCheck } from './ledger/index.ts';
export { createAgreement } from './platform/agreements.ts';
