import { loadConfig } from './config.ts';
import { startServer } from './server.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo/seed.ts';

const config = loadConfig();
const server = await startServer(config, { logger: true });
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
console.log(`\nPartage is running at ${config.publicUrl} — database: ${where}`);
console.log(`API documentation: ${config.publicUrl}/api/docs`);
if (config.demoSeed) {
  console.log(`Demo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const user of DEMO_USERS) console.log(`  ${user.roles.join(', ').padEnd(28)} ${user.email}`);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
