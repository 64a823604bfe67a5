import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { type Apt, type DebianTool, findOrInstallDebianTool } from '../../scripts/tools/debian-tool';

const DEBIAN_TOOL_MODULE = join(__dirname, '..', '..', 'scripts', 'tools', 'debian-tool');
const TSX = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');

const pdfsig: DebianTool = { command: 'fake-pdfsig', debianPackage: 'fake-poppler-utils', envVariable: 'HOSO_TEST_FAKE_PDFSIG' };
const zbarimg: DebianTool = { command: 'fake-zbarimg', debianPackage: 'fake-zbar-tools', envVariable: 'HOSO_TEST_FAKE_ZBARIMG' };
const unknown: DebianTool[] = ['one', 'two'].map((name) => ({
  command: `fake-${name}`,
  debianPackage: `fake-missing-${name}`,
  envVariable: `HOSO_TEST_FAKE_${name.toUpperCase()}`,
}));

/**
 * A stand-in for apt-get that behaves like it where it matters: dpkg's lock, which it waits for only
 * as long as `-o DPkg::Lock::Timeout` says; the lists' lock, which `update` never waits for; and
 * package lists, without which `install` cannot find a package. It logs every call, and "installs"
 * a package by putting its tool into `bin`.
 */
function fakeAptGet(root: string, lists: string, bin: string): string {
  const packages = [pdfsig, zbarimg].map((tool) => `  ${tool.debianPackage}) tool=${tool.command} ;;`).join('\n');
  return `#!/bin/sh
verb=; package=; timeout=0; option=
for arg in "$@"; do
  if [ -n "$option" ]; then option=; case $arg in DPkg::Lock::Timeout=*) timeout=\${arg#*=} ;; esac; continue; fi
  case $arg in
    -o) option=1 ;;
    -*) ;;
    *) if [ -z "$verb" ]; then verb=$arg; else package=$arg; fi ;;
  esac
done
echo "$verb $package" >> '${root}/calls'
case $verb in
  update)
    mkdir '${root}/lists-lock' 2>/dev/null || { echo 'E: Could not get lock ${root}/lists-lock'; exit 100; }
    sleep 0.3
    printf '%s\\n' ${[pdfsig, zbarimg].map((tool) => tool.debianPackage).join(' ')} > '${lists}/fake_Packages'
    rmdir '${root}/lists-lock' ;;
  install)
    waited=0
    until mkdir '${root}/dpkg-lock' 2>/dev/null; do
      [ "$waited" -lt "$((timeout * 10))" ] || { echo 'E: Could not get lock ${root}/dpkg-lock'; exit 100; }
      waited=$((waited + 1)); sleep 0.1
    done
    case $package in
${packages}
      *) echo "E: Unable to locate package $package"; rmdir '${root}/dpkg-lock'; exit 100 ;;
    esac
    if ! grep -qx "$package" '${lists}/fake_Packages' 2>/dev/null; then
      echo "E: Unable to locate package $package"; rmdir '${root}/dpkg-lock'; exit 100
    fi
    sleep 1
    printf '#!/bin/sh\\n' > '${bin}'/$tool; chmod +x '${bin}'/$tool
    echo "$package" >> '${root}/installed'
    rmdir '${root}/dpkg-lock' ;;
esac
`;
}

/** A program that installs the tools it is given at once, as `npm test` does, and prints their paths. */
const INSTALLING_PROCESS = `
import { findOrInstallDebianTool } from ${JSON.stringify(DEBIAN_TOOL_MODULE)};
const [apt, ...tools] = process.argv.slice(2).map((arg) => JSON.parse(arg));
Promise.all(tools.map((tool) => findOrInstallDebianTool(tool, apt))).then(
  (paths) => console.log(paths.join('\\n')),
  (error) => { console.error(error); process.exit(1); },
);
`;

describe('findOrInstallDebianTool', () => {
  const saved = { PATH: process.env.PATH, HOSO_TOOLS_DIR: process.env.HOSO_TOOLS_DIR };
  let root: string;
  let bin: string;
  let apt: Apt;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'hoso-fake-apt-'));
    bin = join(root, 'bin');
    const lists = join(root, 'lists');
    await Promise.all([mkdir(bin), mkdir(lists)]);
    apt = { command: join(bin, 'apt-get'), listsDir: lists, needsRoot: false };
    await writeFile(apt.command, fakeAptGet(root, lists, bin));
    await chmod(apt.command, 0o755);
    process.env.PATH = `${bin}${delimiter}${process.env.PATH ?? ''}`;
    process.env.HOSO_TOOLS_DIR = join(root, 'tools');
    jest.spyOn(console, 'error').mockImplementation(() => undefined); // the installers' progress lines
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(root, { recursive: true, force: true });
  });

  const calls = async (verb: string) =>
    (await readFile(join(root, 'calls'), 'utf8')).split('\n').filter((line) => line.startsWith(`${verb} `));
  const installed = async () => (await readFile(join(root, 'installed'), 'utf8')).trim().split('\n').sort();

  it('installs two tools asked for at once, one after the other, updating the missing package lists once', async () => {
    const paths = await Promise.all([findOrInstallDebianTool(pdfsig, apt), findOrInstallDebianTool(zbarimg, apt)]);

    expect(paths).toEqual([join(bin, 'fake-pdfsig'), join(bin, 'fake-zbarimg')]);
    expect(await calls('update')).toHaveLength(1);
  });

  it('installs from two processes at once: each package once, the package lists updated once', async () => {
    const args = [apt, pdfsig, zbarimg].map((arg) => JSON.stringify(arg));
    const script = join(root, 'install.ts');
    await writeFile(script, INSTALLING_PROCESS);
    const outputs = await Promise.all([runProcess(script, args), runProcess(script, args)]);

    const paths = `${join(bin, 'fake-pdfsig')}\n${join(bin, 'fake-zbarimg')}\n`;
    expect(outputs).toEqual([paths, paths]);
    expect(await installed()).toEqual(['fake-poppler-utils', 'fake-zbar-tools']);
    expect(await calls('update')).toHaveLength(1);
  });

  it("waits for another apt that holds dpkg's lock", async () => {
    await writeFile(join(apt.listsDir, 'fake_Packages'), `${pdfsig.debianPackage}\n`);
    await holdForAWhile(join(root, 'dpkg-lock'));

    await expect(findOrInstallDebianTool(pdfsig, apt)).resolves.toBe(join(bin, 'fake-pdfsig'));
  });

  it('waits for another apt that is updating the package lists', async () => {
    await holdForAWhile(join(root, 'lists-lock'));

    await expect(findOrInstallDebianTool(pdfsig, apt)).resolves.toBe(join(bin, 'fake-pdfsig'));
  });

  it('updates stale package lists that lack the package, then installs it', async () => {
    await writeFile(join(apt.listsDir, 'fake_Packages'), '');

    await expect(findOrInstallDebianTool(pdfsig, apt)).resolves.toBe(join(bin, 'fake-pdfsig'));
    expect(await calls('update')).toHaveLength(1);
  });

  it('updates the package lists at most once in a run, even when every install fails', async () => {
    await writeFile(join(apt.listsDir, 'fake_Packages'), '');

    const results = await Promise.allSettled(unknown.map((tool) => findOrInstallDebianTool(tool, apt)));

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('Unable to locate package fake-missing-one');
    expect(await calls('update')).toHaveLength(1);
  });
});

/** Takes one of the fake apt's locks as another apt would, for a second and a half. */
async function holdForAWhile(lock: string): Promise<void> {
  await mkdir(lock);
  setTimeout(() => rmdir(lock).catch(() => undefined), 1500); // gone already if the test failed
}

/** Runs a TypeScript program to its end and returns its stdout; fails with its stderr if it fails. */
async function runProcess(script: string, args: readonly string[]): Promise<string> {
  // Jest's process.env is its sandbox's copy: hand it over, or the child gets the real one.
  const child = spawn(TSX, [script, ...args], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'close')) as [number | null];
  if (code !== 0) throw new Error(`${script} exited with ${String(code)}:\n${stderr}`);
  return stdout;
}
