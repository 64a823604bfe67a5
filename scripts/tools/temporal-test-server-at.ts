/**
 * Temporal's time-skipping test server, started at any date. The native build that
 * ensureTemporalTestServer() installs always starts its clock at the real time (and
 * libfaketime breaks it), so date-dependent suites run the Java build instead, through a
 * launcher that takes the start time from $HOSO_TEST_START (an ISO 8601 instant, e.g.
 * 2027-01-25T01:00:00Z; unset means the real time) and is spawned like the native binary.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toolsCacheDir } from './cache-dir';
import { run } from './exec';
import { findOnPath, isExecutable } from './find-executable';
import { withInstallLock } from './install-lock';
import { recordClassArchive } from './java-class-archive';

/** The environment variable the launcher reads the start time from. */
export const TEST_START_VARIABLE = 'HOSO_TEST_START';

/** pom.xml pins the server and its dependencies; Launcher.java binds it to the port at the start time. */
const SOURCES = join(__dirname, 'test-server-at');
const POM = 'pom.xml';
const LAUNCHER_SOURCE = 'Launcher.java';

/** The Java the launcher is compiled for, the machines' JDK; dynamic class archives need 13 or newer. */
const JAVA_RELEASE = '17';

/** Named like the native binary, so either can stand in TEMPORAL_TEST_SERVER. */
const LAUNCHER = 'temporal-test-server';

/**
 * The SDK gives the server 5 s to listen, which a loaded 2-core machine can take from a cold
 * JVM; the class archive halves that. Serial GC and C1 only: the server lives for a test file.
 * A JVM that cannot use the archive (another Java) starts without it, silently.
 */
const CLASS_ARCHIVE = 'classes.jsa';
const JVM_OPTIONS = ['-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xshare:auto', '-Xlog:cds*=off'];
/** Relative, as the archive records the class path: it is made in the staging dir, used after the rename. */
const CLASS_PATH = 'launcher.jar:lib/*';
const SERVER_ARGS = [...JVM_OPTIONS, '-cp', CLASS_PATH, 'Launcher'];

const LAUNCHER_SCRIPT = `#!/bin/sh
# Temporal's Java test server, its clock at $${TEST_START_VARIABLE}; made by scripts/tools/temporal-test-server-at.ts.
cd "$(dirname "$0")" || exit 1
exec java -XX:SharedArchiveFile=${CLASS_ARCHIVE} ${SERVER_ARGS.map((arg) => `'${arg}'`).join(' ')} "$@"
`;

const HOW_TO_PROVIDE =
  `Install a JDK (${JAVA_RELEASE} or newer) and Maven, e.g. \`apt-get install default-jdk-headless maven\`; ` +
  'the first run downloads the server from Maven Central into the tools cache.';

/** The launcher's path; builds it into the tools cache on first use, or again when its sources change. */
export async function ensureTemporalTestServerAt(): Promise<string> {
  const [pom, launcherSource] = await Promise.all([readSource(POM), readSource(LAUNCHER_SOURCE)]);
  const tools = await toolsCacheDir();
  const parent = join(tools, 'temporal-test-server-at');
  const target = join(parent, buildKey([pom, launcherSource, JAVA_RELEASE, LAUNCHER_SCRIPT]));
  const installed = join(target, LAUNCHER);
  if (await isExecutable(installed)) return installed;
  // One build at a time: a second run waits, then finds the first's.
  return withInstallLock('temporal-test-server-at', "building Temporal's Java test server", () => build(target, installed, pom, launcherSource));
}

async function build(target: string, installed: string, pom: string, launcherSource: string): Promise<string> {
  if (await isExecutable(installed)) return installed;
  const tools = await toolsCacheDir();
  const parent = join(tools, 'temporal-test-server-at');
  const [java, javac, jar, mvn] = await Promise.all(['java', 'javac', 'jar', 'mvn'].map((name) => findOnPath(name)));
  if (!java || !javac || !jar || !mvn) {
    throw new Error(`The Java test server needs java, javac, jar and mvn on PATH. ${HOW_TO_PROVIDE}`);
  }

  await mkdir(parent, { recursive: true });
  // Build beside the final dir and rename it into place, so an interrupted build never
  // leaves a half install that a later run would trust.
  const staging = await mkdtemp(join(parent, '.staging-'));
  try {
    console.error(`[tools] building Temporal's Java test server into ${target}`);
    await writeFile(join(staging, POM), pom);
    await writeFile(join(staging, LAUNCHER_SOURCE), launcherSource);
    // A local repository of our own keeps the jars with the other tools, and lets a rebuild run offline.
    await check(mvn, ['-B', '-q', '-Dstyle.color=never', `-Dmaven.repo.local=${join(tools, 'maven-repository')}`,
      '-f', join(staging, POM), 'dependency:copy-dependencies']);
    // A jar, not a classes dir: class archives take only jars on the class path.
    const classes = join(staging, 'classes');
    await check(javac, ['--release', JAVA_RELEASE, '-cp', join(staging, 'lib', '*'), '-d', classes, join(staging, LAUNCHER_SOURCE)]);
    await check(jar, ['--create', '--file', join(staging, 'launcher.jar'), '-C', classes, '.']);
    await rm(classes, { recursive: true });
    // At the real time: the archive is the same either way, and a bad start time would stop the build.
    const env = { ...process.env, [TEST_START_VARIABLE]: '' };
    await recordClassArchive({ java, args: SERVER_ARGS, cwd: staging, env }, CLASS_ARCHIVE);
    await writeFile(join(staging, LAUNCHER), LAUNCHER_SCRIPT, { mode: 0o755 });
    try {
      await rename(staging, target);
    } catch (error) {
      // Another process finished the same build first; theirs is as good as ours.
      if (!(await isExecutable(installed))) throw error;
    }
    return installed;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not build Temporal's Java test server: ${reason}\n${HOW_TO_PROVIDE}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function readSource(name: string): Promise<string> {
  return readFile(join(SOURCES, name), 'utf8');
}

/** Names the install after what it is built from, so changing a pin or the launcher builds anew. */
function buildKey(inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function check(command: string, args: readonly string[]): Promise<void> {
  const result = await run(command, args);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${String(result.code)}):\n${result.tail}`);
  }
}
