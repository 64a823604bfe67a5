import { run } from './exec';
import { executableFromEnv, findOnPath } from './find-executable';

export interface DebianTool {
  /** The command, e.g. `pdfsig`. */
  command: string;
  /** The Debian package that ships it, e.g. `poppler-utils`. */
  debianPackage: string;
  /** The variable that may name the executable instead, e.g. `PDFSIG`. */
  envVariable: string;
}

/** A tool from Debian's packages: $<envVariable>, else PATH, else (as root) `apt-get install <debianPackage>`. */
export async function findOrInstallDebianTool({ command, debianPackage, envVariable }: DebianTool): Promise<string> {
  const found = (await executableFromEnv(envVariable)) ?? (await findOnPath(command));
  if (found) return found;
  const howTo = `Install ${debianPackage} (Debian/Ubuntu: \`sudo apt-get install ${debianPackage}\`) or set ${envVariable}=/path/to/${command}.`;
  if (process.getuid?.() !== 0) throw new Error(`${command} is not installed and this process is not root. ${howTo}`);
  console.error(`[tools] installing ${command} (Debian ${debianPackage})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', debianPackage], { env });
  let result = await install();
  if (result.code !== 0) {
    // A fresh machine may not have package lists yet.
    await run('apt-get', ['update'], { env });
    result = await install();
  }
  const installed = await findOnPath(command);
  if (result.code !== 0 || !installed) throw new Error(`apt-get install ${debianPackage} failed (exit ${String(result.code)}):\n${result.tail}\n${howTo}`);
  return installed;
}
