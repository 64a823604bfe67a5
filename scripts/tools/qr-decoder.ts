/**
 * zbar's `zbarimg`, which the template tests use to read the verification QR code off a rendered
 * page as a phone would. Found, or installed once, and cached per process.
 */
import { run } from './exec';
import { executableFromEnv, findOnPath } from './find-executable';

let zbarimg: Promise<string> | undefined;

/** `zbarimg`: $ZBARIMG, else PATH, else (as root) `apt-get install zbar-tools`. */
export function ensureZbarimg(): Promise<string> {
  zbarimg ??= findOrInstallZbarimg();
  zbarimg.catch(() => (zbarimg = undefined)); // a failure is not cached: the next call tries again
  return zbarimg;
}

async function findOrInstallZbarimg(): Promise<string> {
  const found = (await executableFromEnv('ZBARIMG')) ?? (await findOnPath('zbarimg'));
  if (found) return found;
  const howTo = 'Install zbar-tools (Debian/Ubuntu: `sudo apt-get install zbar-tools`) or set ZBARIMG=/path/to/zbarimg.';
  if (process.getuid?.() !== 0) throw new Error(`zbarimg is not installed and this process is not root. ${howTo}`);
  console.error('[tools] installing zbarimg (Debian zbar-tools)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', 'zbar-tools'], { env });
  let result = await install();
  if (result.code !== 0) {
    // A fresh machine may not have package lists yet.
    await run('apt-get', ['update'], { env });
    result = await install();
  }
  const installed = await findOnPath('zbarimg');
  if (result.code !== 0 || !installed) throw new Error(`apt-get install zbar-tools failed (exit ${String(result.code)}):\n${result.tail}\n${howTo}`);
  return installed;
}
