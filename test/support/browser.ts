import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { demoUsers } from '../../config/demo-data';

/** The two sizes every screen is checked at: an office PC and a phone. */
export const viewports = {
  desktop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
} as const;

/**
 * Debian's Chromium (scripts/tools/chromium.ts puts its path in $CHROMIUM for the tests), headless. The flags keep
 * it from calling Google's services, which this machine's closed network refuses many times over.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM;
  if (!executablePath) throw new Error('CHROMIUM is not set: run the browser tests through `npm test`');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A context in Vietnamese at one of the two sizes; a phone one is touch-enabled. What goes wrong in its pages (an
 * uncaught error, a console error) is printed, so that a failed test says why the page did not show.
 */
export async function contextAt(browser: Browser, size: keyof typeof viewports): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: viewports[size],
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    ...(size === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  context.on('page', (page) => {
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    page.on('console', (message) => {
      // A 4xx is the API refusing on purpose, which the page shows itself; anything else is worth reading.
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) console.error(`[console] ${message.text()}`);
    });
  });
  return context;
}

/**
 * Signs in through the development login page as the demo user named `name`. A sign-in kept from before (the
 * HttpOnly cookie of api/routes/dev-session.ts) is forgotten first: the page would otherwise open signed in.
 */
export async function signInAs(page: Page, baseUrl: string, name: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(baseUrl);
  await page.getByRole('button', { name: `Đăng nhập: ${name}` }).click();
  await page.getByRole('heading', { name: homeHeadingOf(name), level: 1 }).waitFor();
}

/** The first screen of a demo user's role (web/src/app/AppShell.tsx `homeOf`): the inbox, or for the roles without one theirs. */
function homeHeadingOf(name: string): string {
  const role = demoUsers.find((user) => user.name === name)?.role;
  if (role === 'supervisor') return 'Giám sát';
  if (role === 'administrator') return 'Quản trị';
  return 'Hộp việc';
}

let axe: string | undefined;
/** axe-core's script, ending on `undefined` so that the evaluation returns nothing to serialise. */
const axeSource = () => (axe ??= `${readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')}\n;undefined`);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe-core's serious and critical violations on the page as it is now, each with where it was found. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: a <script> added to the page would be refused by its CSP (script-src 'self').
  await page.evaluate(axeSource());
  // Runs in the page, where axe-core put `axe` on the global object.
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Runs `steps`; when they fail, keeps a screenshot of the page as it was (`<name>.png` in `dir`) and fails. */
export async function capturedOnFailure<T>(page: Page, dir: string, name: string, steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true }).catch(() => undefined);
    throw error;
  }
}
