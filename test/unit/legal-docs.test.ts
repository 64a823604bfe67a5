import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const codeFolders = ['api', 'domain', 'workflows', 'activities', 'templates', 'web/src', 'scripts', 'test'];
const textFile = /\.(ts|tsx|js|mjs|cjs|sql|md|json|ya?ml)$/;

function filesUnder(folder: string): string[] {
  const path = join(root, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist') return [];
    const child = join(folder, name);
    if (statSync(join(root, child)).isDirectory()) return filesUnder(child);
    return textFile.test(name) ? [child] : [];
  });
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2, … */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const [, heading = ''] of markdown.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count ? `${slug}-${count}` : slug);
  }
  return anchors;
}

/** Whether `page` (relative to the repository) exists and, when an anchor is given, has that heading. */
function resolves(page: string, anchor: string | undefined): boolean {
  const path = join(root, page);
  if (!existsSync(path)) return false;
  return anchor === undefined || anchorsOf(readFileSync(path, 'utf8')).has(anchor);
}

// This file names the forbidden citations itself.
const codeFiles = codeFolders.flatMap(filesUnder).filter((file) => join(root, file) !== __filename);
// A module specifier such as `from '../shared/dates'` is an import, not a citation of the research folder.
const moduleSpecifier = /(from\s+|import\(\s*|require\(\s*|jest\.mock\(\s*)(['"])[^'"]*\2/g;

describe('the law is cited from docs/legal, inside the repository', () => {
  it('no code or test cites the research folder outside the repository', () => {
    const citations = codeFiles.flatMap((file) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => {
          const text = line.replace(moduleSpecifier, '');
          return /\.\.\/shared\b|legal-procedure\.md/.test(text) ? [`${file}:${index + 1}: ${line.trim()}`] : [];
        }),
    );
    expect(citations).toEqual([]);
  });

  it('every docs/legal page and section cited from code, tests and docs exists', () => {
    const docs = ['README.md', ...filesUnder('docs').filter((file) => !file.startsWith(join('docs', 'legal')))];
    const broken = [...codeFiles, ...docs].flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/docs\/legal\/([\w.-]+\.md)(?:#([\w-]+))?/g)]
        .filter(([, page = '', anchor]) => !resolves(join('docs', 'legal', page), anchor))
        .map(([citation]) => `${file}: ${citation}`),
    );
    expect(broken).toEqual([]);
  });

  it('the docs/legal pages link only to pages and sections that exist', () => {
    const pages = filesUnder('docs/legal').filter((file) => file.endsWith('.md'));
    expect(pages.map((file) => relative('docs/legal', file)).sort()).toEqual(
      expect.arrayContaining(['README.md', 'regime-2022.md', 'regime-2025.md', 'regime-2026.md']),
    );
    const broken = pages.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/\]\(([^)<>\s]+)\)/g)]
        .map(([, target = '']) => target)
        .filter((target) => !/^[a-z]+:/.test(target))
        .filter((target) => {
          const [path = '', anchor] = target.split('#');
          return !resolves(path ? relative(root, resolve(root, dirname(file), path)) : file, anchor);
        })
        .map((target) => `${file}: ${target}`),
    );
    expect(broken).toEqual([]);
  });
});
