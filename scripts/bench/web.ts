/**
 * `npm run bench -- web [--loads N] [--actions N] [--dossiers N]`: the console as an officer meets it, on a fresh,
 * throw-away stack with N (default 10⁴) dossiers in the projection and hoso's API and workers each in a process:
 *   1. the console's initial JavaScript (what index.html loads before the first screen), in gzip bytes;
 *   2. navigation to the inbox's 50 rows, and to a dossier page, on a first visit (empty cache, signing in on the login
 *      page) and a repeat visit (HTTP cache, the sign-in kept), under Chrome's emulation of a 4× slower CPU and a 1.6 Mbit/s, 150 ms RTT link; p50 of N loads.
 *      The same loads on loopback without emulation are the baseline;
 *   3. an action's round trip in the page (the click on "Ghi nhận" to the timeline showing it), on loopback, against
 *      the same action sent straight to the API.
 * Prints a table, then, as the last line of stdout, one JSON object with every figure. Method: docs/benchmarks.md.
 */
import { readFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Principal } from '../../api/auth/claims';
import { civilDateAt } from '../../domain/calendar';
import { webConsoleDist } from '../../config/env';
import { ensureChromium } from '../tools/chromium';
import { ensureConsoleBuilt } from '../web/build-console';
import { formatTable, percentile, printFigures, progress, round } from './util';
import { seedSyntheticDossiers } from './synthetic-dossiers';
import { throwAwayRun } from './throw-away-run';
import { parseCountOptions, startHosoUnderBench } from './hoso-under-bench';

export const webGoals = { initialJsGzipBytes: 350 * 1024, inboxFirstVisitMs: 3_000, inboxRepeatVisitMs: 1_000, actionRoundTripP50Ms: 300 } as const;

export const webUsage = `usage: npm run bench -- web [options]
  --loads N       measured loads of each page and visit, throttled and not (default 20)
  --actions N     measured actions in the page and straight to the API (default 20)
  --dossiers N    synthetic dossiers in the projection (default 10000)`;


const TASK_QUEUE = 'bench-web';
const POLICE: Principal = { userId: 'demo-police-x01', name: 'Trần Văn Hùng', role: 'commune_police', unitCode: 'DEMO-X01' };
const HEALTH: Principal = { userId: 'demo-health-yt01', name: 'Phạm Thị Lan', role: 'health_facility', unitCode: 'DEMO-YT01' };
const PERSON = 'Hoàng Văn Đo Tốc';
/** Chrome DevTools' numbers for the link the issue names: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
const WEAK_LINK = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
const CPU_SLOWDOWN = 4;

const stats = (values: readonly number[]) => ({ p50Ms: percentile(values, 50), p95Ms: percentile(values, 95), n: values.length });
type Figures = ReturnType<typeof stats>;

/** The scripts index.html loads before anything shows: its module entry and the modules it preloads. */
async function initialJavaScript(dist: string): Promise<{ files: string[]; bytes: number; gzipBytes: number }> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((match) => match[1] as string);
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = await readFile(path.join(dist, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/** One page in a context of its own; `weak` puts it behind the slow CPU and link. A repeat visit reloads the same page. */
async function pageFor(browser: Browser, weak: boolean): Promise<Page> {
  // No service worker: its fetches escape the page's network emulation; a repeat visit is then the HTTP cache's.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'block' });
  const page = await context.newPage();
  if (weak) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', WEAK_LINK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  return page;
}

/**
 * From navigation to `url` to `shown`. A first visit signs in on the login page on the way; a repeat visit finds the
 * sign-in kept from the visit before (its cookie) and renews the token, which lives in the page's memory only.
 */
async function timedLoad(page: Page, url: string, shown: (page: Page) => Promise<void>): Promise<number> {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  const signIn = page.getByRole('button', { name: `Đăng nhập: ${POLICE.name}` });
  const signedIn = page.locator('header .who');
  await signIn.or(signedIn).first().waitFor({ timeout: 60_000 });
  if (await signIn.isVisible()) await signIn.click();
  await shown(page);
  return performance.now() - started;
}

const inboxRows = (page: Page) => page.locator('tbody tr[data-row-key]').nth(49).waitFor({ timeout: 60_000 });
const dossierPage = async (page: Page) => {
  await page.getByRole('heading', { name: PERSON, level: 1 }).waitFor({ timeout: 60_000 });
  await page.locator('.timeline-event').first().waitFor({ timeout: 60_000 });
};

/** `loads` first visits (a new context each) and `loads` repeat visits (one context, loaded once before). */
async function visits(browser: Browser, url: string, shown: (page: Page) => Promise<void>, loads: number, weak: boolean): Promise<{ first: Figures; repeat: Figures }> {
  const first: number[] = [];
  for (let index = 0; index < loads; index++) {
    const page = await pageFor(browser, weak);
    first.push(await timedLoad(page, url, shown));
    await page.context().close();
  }
  const page = await pageFor(browser, weak);
  await timedLoad(page, url, shown);
  const repeat: number[] = [];
  for (let index = 0; index < loads; index++) repeat.push(await timedLoad(page, url, shown));
  await page.context().close();
  return { first: stats(first), repeat: stats(repeat) };
}

export async function runWebBench(argv: string[]): Promise<number> {
  const options = parseCountOptions(argv, { loads: 20, actions: 20, dossiers: 10_000 });
  const startedAt = new Date();
  const run = await throwAwayRun('hoso-bench-web-');
  const { cleanups, cleanup, succeed } = run;
  try {
    progress('building the console if its sources changed, and finding Chromium');
    await ensureConsoleBuilt();
    const executablePath = await ensureChromium();
    const initial = await initialJavaScript(webConsoleDist);

    const { sql, baseUrl, request: requestAs } = await startHosoUnderBench(run, TASK_QUEUE);
    const request = (principal: Principal, route: string, body: unknown) => requestAs(principal, 'POST', route, body);

    progress(`writing ${options.dossiers} synthetic dossiers into the projection`);
    const seeded = await seedSyntheticDossiers(sql, options.dossiers);
    progress('opening the dossier the pages show, and taking it to the commune step');
    const opened = await request(POLICE, '/api/v1/dossiers', {
      subject: { fullName: PERSON, dateOfBirth: '1991-04-02', sex: 'male', idNumber: '001091099999', residence: 'Xã Tiên Du', hasStableResidence: true },
      trigger: 'art32-b',
      priorPlacements: 0,
      detectedOn: civilDateAt(new Date()),
    });
    const dossierId = String(opened.dossierId);
    await request(POLICE, `/api/v1/dossiers/${dossierId}/actions/request-determination`, { healthFacilityCode: 'DEMO-YT01' });
    await request(HEALTH, `/api/v1/dossiers/${dossierId}/actions/record-determination`, { result: 'addicted' });

    progress(`launching Chromium; ${options.loads} loads of each page, first and repeat visit, on loopback and on the weak link`);
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'] });
    cleanups.push(() => browser.close());
    const pages = {} as Record<'inbox' | 'dossier', Record<'loopback' | 'weak', { first: Figures; repeat: Figures }>>;
    for (const [name, url, shown] of [
      ['inbox', `${baseUrl}/`, inboxRows],
      ['dossier', `${baseUrl}/ho-so/${dossierId}`, dossierPage],
    ] as const) {
      pages[name] = {
        loopback: await visits(browser, url, shown, options.loads, false),
        weak: await visits(browser, url, shown, options.loads, true),
      };
      progress(`${name}: weak link first visit p50 ${round(pages[name].weak.first.p50Ms)} ms, repeat ${round(pages[name].weak.repeat.p50Ms)} ms`);
    }

    progress(`${options.actions} actions in the page, and as many straight to the API`);
    const actions = await actionRoundTrips(browser, baseUrl, dossierId, options.actions, (body) => request(POLICE, `/api/v1/dossiers/${dossierId}/actions/attach-document`, body));
    const overheadRatioP50 = actions.page.p50Ms / actions.api.p50Ms;

    const goalsMet = {
      initialJs: initial.gzipBytes <= webGoals.initialJsGzipBytes,
      inboxFirstVisit: pages.inbox.weak.first.p50Ms <= webGoals.inboxFirstVisitMs,
      inboxRepeatVisit: pages.inbox.weak.repeat.p50Ms <= webGoals.inboxRepeatVisitMs,
      actionRoundTrip: actions.page.p50Ms <= webGoals.actionRoundTripP50Ms,
    };
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    const weakOverLoopback = (figures: { loopback: { first: Figures; repeat: Figures }; weak: { first: Figures; repeat: Figures } }) => ({
      first: figures.weak.first.p50Ms / figures.loopback.first.p50Ms,
      repeat: figures.weak.repeat.p50Ms / figures.loopback.repeat.p50Ms,
    });
    console.log(`\nhoso console benchmark — ${startedAt.toISOString()}, ${cpus().length} CPUs, ${round(totalmem() / 2 ** 30, 1)} GiB\n`);
    console.log(
      formatTable(
        ['measure', 'n', 'p50 ms', 'p95 ms', 'loopback p50 ms', 'goal'],
        [
          [`initial JavaScript: ${initial.files.length} files, ${round(initial.bytes / 1024)} KiB, gzip`, '', `${round(initial.gzipBytes / 1024)} KiB`, '', '', `≤ 350 KiB: ${met(goalsMet.initialJs)}`],
          ...(['inbox', 'dossier'] as const).flatMap((name) =>
            (['first', 'repeat'] as const).map((visit) => {
              const figures = pages[name].weak[visit];
              const goal = name === 'inbox' ? (visit === 'first' ? `≤ 3 s: ${met(goalsMet.inboxFirstVisit)}` : `≤ 1 s: ${met(goalsMet.inboxRepeatVisit)}`) : '';
              return [`${name === 'inbox' ? 'inbox, 50 rows' : 'dossier page'}, ${visit} visit (4× CPU, 1.6 Mbit/s, 150 ms)`, figures.n, round(figures.p50Ms), round(figures.p95Ms), round(pages[name].loopback[visit].p50Ms), goal];
            }),
          ),
          ['action in the page, click to timeline (loopback)', actions.page.n, round(actions.page.p50Ms), round(actions.page.p95Ms), '', `p50 ≤ 300 ms: ${met(goalsMet.actionRoundTrip)}`],
          ['  of which: click to the API’s answer in the page', actions.answered.n, round(actions.answered.p50Ms), round(actions.answered.p95Ms), '', ''],
          ['same action straight to the API', actions.api.n, round(actions.api.p50Ms), round(actions.api.p95Ms), '', ''],
          ['page over API (p50 ratio)', '', round(overheadRatioP50, 2), '', '', ''],
        ],
      ),
    );
    console.log(`\n${options.dossiers} dossiers in the projection (${seeded.waits} running deadlines). Sign-in on the login page is part of each load: the token is kept in memory only.`);
    succeed();
    printFigures({
      benchmark: 'web',
      startedAt: startedAt.toISOString(),
      cpus: cpus().length,
      dossiers: options.dossiers,
      emulation: { cpuSlowdown: CPU_SLOWDOWN, downloadKbitPerS: 1600, rttMs: WEAK_LINK.latency },
      initialJs: { files: initial.files.length, bytes: initial.bytes, gzipBytes: initial.gzipBytes },
      pages,
      weakOverLoopbackP50: { inbox: weakOverLoopback(pages.inbox), dossier: weakOverLoopback(pages.dossier) },
      action: { page: actions.page, answered: actions.answered, api: actions.api, pageOverApiP50: overheadRatioP50 },
      goals: webGoals,
      goalsMet,
    });
    return 0;
  } catch (error) {
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw error;
  } finally {
    await cleanup();
  }
}

/**
 * Adds a document to the dossier `count` times through the page's form, timing each from the click on "Ghi nhận" to
 * the timeline showing one event more, then as many times straight to the API (`direct`), the baseline.
 */
async function actionRoundTrips(browser: Browser, baseUrl: string, dossierId: string, count: number, direct: (body: object) => Promise<unknown>): Promise<{ page: Figures; answered: Figures; api: Figures }> {
  const page = await pageFor(browser, false);
  await timedLoad(page, `${baseUrl}/ho-so/${dossierId}`, dossierPage);
  const events = page.locator('.timeline-event');
  const inPage: number[] = [];
  const answers: number[] = [];
  for (let index = 0; index < count + 3; index++) {
    const before = await events.count();
    await page.getByRole('button', { name: 'Bổ sung tài liệu vào hồ sơ' }).click();
    await page.getByLabel('Tên tài liệu', { exact: true }).fill(`Biên bản xác minh số ${index + 1}`);
    const submit = page.getByRole('button', { name: 'Ghi nhận', exact: true });
    const answered = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/actions/')).then(() => performance.now());
    // The drawer slides in: the clock starts once the button is still and can be clicked, as a person would.
    await submit.click({ trial: true });
    const started = performance.now();
    await submit.click();
    await events.nth(before).waitFor({ timeout: 30_000 });
    // The first three warm the page's lazy code and the API's connections.
    if (index >= 3) {
      inPage.push(performance.now() - started);
      answers.push((await answered) - started);
    }
  }
  await page.context().close();
  const api: number[] = [];
  for (let index = 0; index < count + 3; index++) {
    const started = performance.now();
    await direct({ title: `Biên bản xác minh số ${index + 100}` });
    if (index >= 3) api.push(performance.now() - started);
  }
  return { page: stats(inPage), answered: stats(answers), api: stats(api) };
}
