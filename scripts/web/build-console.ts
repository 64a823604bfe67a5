import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = path.join(__dirname, '..', '..');
const web = path.join(root, 'web');
const dist = path.join(web, 'dist');
/** What the build depends on: the console's sources, the domain code it imports, and the pinned packages. */
const SOURCES = ['scripts/web/build-console.ts', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'web/public', 'web/src', 'domain', 'package.json'];
const STAMP = path.join(dist, '.sources-sha256');

async function filesUnder(relative: string): Promise<string[]> {
  const absolute = path.join(root, relative);
  const entries = await readdir(absolute, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [relative];
  const nested = await Promise.all(entries.map((entry) => filesUnder(path.join(relative, entry.name))));
  return nested.flat();
}

async function sourcesDigest(): Promise<string> {
  const files = (await Promise.all(SOURCES.map(filesUnder))).flat().sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(await readFile(path.join(root, file))).update('\0');
  return hash.digest('hex');
}

/** Builds the console into web/dist unless the build there was made from the same sources. Returns whether it built. */
export async function ensureConsoleBuilt({ force = false } = {}): Promise<boolean> {
  const digest = await sourcesDigest();
  if (!force && (await readFile(STAMP, 'utf8').catch(() => '')) === digest) return false;
  console.log('▶ building the web console (vite build)');
  const child = spawn(path.join(root, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`vite build failed (exit ${code})`);
  await precompressAssets();
  await stampServiceWorker(digest);
  await writeFile(STAMP, digest);
  return true;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Each script and style sheet beside a Brotli and a gzip copy, compressed once at their best: over a 1.6 Mbit/s link
 * the console's code is most of the wait, and the API then sends the copy the browser accepts (api/web-console.ts).
 */
async function precompressAssets(): Promise<void> {
  const assets = path.join(dist, 'assets');
  const files = (await readdir(assets)).filter((name) => /\.(js|css)$/.test(name));
  await Promise.all(
    files.map(async (name) => {
      const content = await readFile(path.join(assets, name));
      await writeFile(path.join(assets, `${name}.br`), await brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
      await writeFile(path.join(assets, `${name}.gz`), await gzipped(content, { level: 9 }));
    }),
  );
}

/**
 * The service worker learns the build it serves: its version (so that a new release installs afresh) and the list
 * of every asset, which it caches at install so that any screen opens offline (web/public/sw.js).
 */
async function stampServiceWorker(digest: string): Promise<void> {
  const file = path.join(dist, 'sw.js');
  const assets = (await readdir(path.join(dist, 'assets'))).filter((name) => /\.(js|css)$/.test(name)).sort();
  const source = await readFile(file, 'utf8');
  const stamped = source
    .replace('__HOSO_BUILD__', digest.slice(0, 16))
    .replace("/* __HOSO_ASSETS__ */", assets.map((name) => `, '/assets/${name}'`).join(''));
  if (stamped === source) throw new Error('web/public/sw.js has lost its build placeholders');
  await writeFile(file, stamped);
}

if (require.main === module) {
  ensureConsoleBuilt({ force: process.argv.includes('--force') }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
