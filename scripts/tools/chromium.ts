/**
 * Debian's Chromium, which the console's browser tests and its benchmark drive with playwright-core. Found, or
 * installed once, and cached per process.
 */
import { findOrInstallDebianTool } from './debian-tool';

let chromium: Promise<string> | undefined;

/** `chromium`: $CHROMIUM, else PATH, else (as root) `apt-get install chromium`. */
export function ensureChromium(): Promise<string> {
  chromium ??= findOrInstallDebianTool({ command: 'chromium', debianPackage: 'chromium', envVariable: 'CHROMIUM' });
  chromium.catch(() => (chromium = undefined)); // a failure is not cached: the next call tries again
  return chromium;
}
