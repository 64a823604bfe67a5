import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The production image holds no way to mint a token and no development CA (issue 13). Checked without Docker: the
 * files `docker build` sends are the repository filtered by .dockerignore, and the processes the image runs are the
 * commands that Dockerfile and docker-compose.yml give it.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

/** Development only: each mints tokens or issues keys from a CA anyone with the repository has. */
const developmentModules = ['scripts/token.ts', 'api/auth/dev-issuer.ts', 'signing/dev-ca.ts', 'signing/dev-signer.ts'];

interface IgnorePattern {
  include: boolean;
  path: string;
  regex: RegExp;
}

/** .dockerignore as Docker reads it: the last matching pattern wins, and a pattern that matches a folder matches what is in it. */
function dockerignore(): IgnorePattern[] {
  return read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const pattern = path.posix.normalize(line.replace(/^!/, '').replace(/^\//, '')).replace(/\/$/, '');
      const source = pattern
        .split(/(\*\*\/|\*\*|\*|\?)/)
        .map((part) => ({ '**/': '(.*/)?', '**': '.*', '*': '[^/]*', '?': '[^/]' })[part] ?? part.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
        .join('');
      return { include, path: pattern, regex: new RegExp(`^${source}$`) };
    });
}

function isSent(file: string, patterns: IgnorePattern[]): boolean {
  const parts = file.split('/');
  const selfAndFolders = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  let sent = true;
  for (const pattern of patterns) {
    if (selfAndFolders.some((candidate) => pattern.regex.test(candidate))) sent = pattern.include;
  }
  return sent;
}

/** Every file in the build context; a left-out folder that no `!` pattern reaches into is not walked. */
function buildContext(patterns: IgnorePattern[]): Set<string> {
  const files = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(repoRoot, folder), { withFileTypes: true })) {
      const file = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name === '.git') continue;
        if (isSent(file, patterns) || patterns.some((pattern) => pattern.include && pattern.path.startsWith(`${file}/`))) walk(file);
      } else if (isSent(file, patterns)) {
        files.add(file);
      }
    }
  };
  walk('');
  return files;
}

/** The scripts the image runs: `tsx <file>` in the Dockerfile's CMD and the compose services' commands. */
function entryPoints(): string[] {
  const commands = [...`${read('Dockerfile')}\n${read('docker-compose.yml')}`.matchAll(/"\.\/node_modules\/\.bin\/tsx",\s*"([^"]+)"/g)];
  return [...new Set(commands.map(([, file]) => file ?? ''))].sort();
}

interface Imports {
  /** Loaded when the module is: imports, re-exports, require() and require.resolve() (the workflow bundle). */
  eager: string[];
  /** `await import(…)`: loaded only on the path that asks. */
  lazy: string[];
}

/** What a module imports from the repository (packages and Node built-ins left out); type-only imports load nothing. */
function importsOf(file: string): Imports {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true);
  const eager: string[] = [];
  const lazy: string[] = [];
  const typeOnly = (elements: readonly { isTypeOnly: boolean }[] | undefined) => elements !== undefined && elements.length > 0 && elements.every((element) => element.isTypeOnly);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes = clause && (clause.isTypeOnly || (!clause.name && bindings && ts.isNamedImports(bindings) && typeOnly(bindings.elements)));
      if (!onlyTypes) eager.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.exportClause;
      if (!(node.isTypeOnly || (clause && ts.isNamedExports(clause) && typeOnly(clause.elements)))) eager.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression.getText(source);
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) lazy.push(node.arguments[0].text);
      else if (callee === 'require' || callee === 'require.resolve') eager.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const local = (specifiers: string[]) => specifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => resolve(file, specifier));
  return { eager: local(eager), lazy: local(lazy) };
}

function resolve(from: string, specifier: string): string {
  const base = path.posix.join(path.posix.dirname(from), specifier);
  const found = [base, `${base}.ts`, `${base}.tsx`, `${base}.json`, `${base}/index.ts`].find((candidate) => existsSync(path.join(repoRoot, candidate)) && statSync(path.join(repoRoot, candidate)).isFile());
  if (!found) throw new Error(`${from}: cannot resolve "${specifier}"`);
  return found;
}

/** The modules that loading `entries` loads, and with `lazy`, also those it may load later. */
function reachable(entries: string[], { lazy }: { lazy: boolean }): Set<string> {
  const seen = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (developmentModules.includes(file)) continue;
    const imports = importsOf(file);
    pending.push(...imports.eager, ...(lazy ? imports.lazy : []));
  }
  return seen;
}

describe('the production image', () => {
  const patterns = dockerignore();
  const image = buildContext(patterns);
  const entries = entryPoints();

  it('runs the API, the worker and the migrations', () => {
    expect(entries).toEqual(['api/main.ts', 'scripts/migrate.ts', 'worker/main.ts']);
  });

  it('leaves out token minting and the development CA', () => {
    for (const file of developmentModules) expect({ file, inImage: image.has(file) }).toEqual({ file, inImage: false });
    expect([...image].filter((file) => file.startsWith('scripts/'))).toEqual(['scripts/migrate.ts']);
    expect(read('Dockerfile')).toMatch(/^ENV HOSO_ENV=production/m);
  });

  it('starts its processes without loading a development module', () => {
    const loaded = reachable(entries, { lazy: false });
    expect(developmentModules.filter((file) => loaded.has(file))).toEqual([]);
    // The check would see one: the development CA is what the worker's signing loads in `dev` mode.
    expect(reachable(entries, { lazy: true })).toContain('signing/dev-ca.ts');
  });

  it('holds every module its processes may load, development modules aside', () => {
    const needed = [...reachable(entries, { lazy: true })].filter((file) => !developmentModules.includes(file));
    expect(needed.length).toBeGreaterThan(50);
    expect(needed.filter((file) => !image.has(file))).toEqual([]);
  });
});
