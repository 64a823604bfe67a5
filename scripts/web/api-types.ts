import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../../api/openapi';

/** The console's API types, generated from the same OpenAPI document the API serves at /api/openapi.json. */
export const API_TYPES_FILE = path.join(__dirname, '..', '..', 'web', 'src', 'api', 'openapi.d.ts');

const HEADER = '// Generated from the API\'s OpenAPI document by `npm run web:api-types` (scripts/web/api-types.ts). Do not edit.\n';

export async function generatedApiTypes(): Promise<string> {
  // The server URL does not reach the types: any stands in.
  const document = openApiDocument('http://127.0.0.1');
  const ast = await openapiTS(JSON.parse(JSON.stringify(document)));
  return HEADER + astToString(ast);
}

/** `--check`: exits 1, writing nothing, when the committed types differ from what the API's document generates. */
async function main(check: boolean): Promise<number> {
  const [current, generated] = await Promise.all([readFile(API_TYPES_FILE, 'utf8').catch(() => ''), generatedApiTypes()]);
  const file = path.relative(process.cwd(), API_TYPES_FILE);
  if (check) {
    if (current === generated) return 0;
    console.error(`${file} is stale: run \`npm run web:api-types\` and commit it`);
    return 1;
  }
  await writeFile(API_TYPES_FILE, generated);
  console.log(`wrote ${file}`);
  return 0;
}

if (require.main === module) {
  void main(process.argv.includes('--check')).then((code) => process.exit(code));
}
