import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadDevIssuer } from '../api/auth/dev-issuer';
import { devIssuer } from '../config/env';
import { isRole } from '../domain/roles';

/** `npm run token -- --role commune_police --unit DEMO-X01 [--user id] [--name "…"]`: a development token. */
async function main() {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, unit: { type: 'string' }, user: { type: 'string' }, name: { type: 'string' } },
  });
  if (!isRole(values.role) || !values.unit) {
    console.error('usage: npm run token -- --role <role> --unit <unit code> [--user <id>] [--name <name>]');
    process.exit(2);
  }
  const keyFile = process.env.AUTH_DEV_KEY_FILE ?? path.join(__dirname, '..', '.data', 'dev-issuer', 'key.json');
  const issuer = await loadDevIssuer(keyFile, process.env.AUTH_ISSUER ?? devIssuer.issuer, process.env.AUTH_AUDIENCE ?? devIssuer.audience);
  const userId = values.user ?? `${values.role}-${values.unit}`;
  console.log(await issuer.issue({ userId, name: values.name ?? userId, role: values.role, unitCode: values.unit }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
