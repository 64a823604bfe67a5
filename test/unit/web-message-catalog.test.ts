import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const source = path.join(__dirname, '..', '..', 'web', 'src');
/** Letters only Vietnamese has among the console's languages: a string with one is a Vietnamese word. */
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Issue 12: every string the console shows comes from its message catalog (web/src/i18n), ready for another language. */
describe('the console’s words', () => {
  it('are all in the message catalog: no Vietnamese outside web/src/i18n but in comments', () => {
    const outside = filesUnder(source).filter((file) => !file.includes(`${path.sep}i18n${path.sep}`) && !file.endsWith('openapi.d.ts'));
    expect(outside.length).toBeGreaterThan(10);
    const found = outside.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line: line.trim(), at: `${path.relative(source, file)}:${index + 1}` }))
        .filter(({ line }) => !/^(\/\/|\/\*|\*)/.test(line) && VIETNAMESE.test(line.replace(/\/\/.*$/, '')))
        .map(({ line, at }) => `${at}: ${line}`),
    );
    expect(found).toEqual([]);
  });
});
