import { parseArgs } from 'node:util';
import { loadDevIssuer } from '../api/auth/dev-issuer';
import { parseEnv } from '../config/env';
import { isRole } from '../domain/roles';
import { stackToolEnv } from './stack-tool-env';

/**
 * `npm run token -- --role commune_police --unit DEMO-X01 [--user id] [--name "…"]`: a development token, signed with
 * the key of the stack `npm start` runs on HOSO_DATA_DIR (or AUTH_DEV_KEY_FILE), so that this stack accepts it.
 */
async function main() {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, unit: { type: 'string' }, user: { type: 'string' }, name: { type: 'string' } },
  });
  if (!isRole(values.role) || !values.unit) {
    console.error('usage: npm run token -- --role <role> --unit <unit code> [--user <id>] [--name <name>]');
    process.exit(2);
  }
  const env = parseEnv(stackToolEnv());
  const issuer = await loadDevIssuer(env.AUTH_DEV_KEY_FILE, env.AUTH_ISSUER, env.AUTH_AUDIENCE);
  const userId = values.user ?? `${values.role}-${values.unit}`;
  console.log(await issuer.issue({ userId, name: values.name ?? userId, role: values.role, unitCode: values.unit }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
