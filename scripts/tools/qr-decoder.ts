/**
 * zbar's `zbarimg`, which the template tests use to read the verification QR code off a rendered
 * page as a phone would. Found, or installed once, and cached per process.
 */
import { findOrInstallDebianTool } from './debian-tool';

let zbarimg: Promise<string> | undefined;

/** `zbarimg`: $ZBARIMG, else PATH, else (as root) `apt-get install zbar-tools`. */
export function ensureZbarimg(): Promise<string> {
  zbarimg ??= findOrInstallDebianTool({ command: 'zbarimg', debianPackage: 'zbar-tools', envVariable: 'ZBARIMG' });
  zbarimg.catch(() => (zbarimg = undefined)); // a failure is not cached: the next call tries again
  return zbarimg;
}
