import { todayInVietnam } from '@chung-tay/common';
import { forkHub, REPO_ROOT, stopService } from '@chung-tay/hub';
import { Command, InvalidArgumentError } from 'commander';
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { artifactPath, launchChromium } from './browser';
import { generateRegister } from './register';
import { dashboardSession, demoAccount, signInOnDashboard } from './sign-in';

/** A signed-in dashboard session (oidc-client-ts's user in sessionStorage), carried from one browser to the next. */
interface Session {
  key: string;
  value: string;
}

// `npm run bench:dashboard -- --households 20000`: the dashboard's first view, measured in Chromium against the
// whole hub on a generated data set. Prints figures and writes them to bench/results/; never part of npm test.

interface Options {
  households: number;
  seed: number;
  runs: number;
  keep: boolean;
}

interface Run {
  /** Navigation start → every card of the area view shown (data-state="ready" and the charts drawn). */
  firstViewMs: number;
  requests: { operation: string; ms: number; body: string }[];
}

const whole = (what: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError(`${what} is a whole number ≥ 1`);
  return Number(value);
};

async function measure(browser: Browser, base: string, session: Session): Promise<Run> {
  // A new context each run: nothing cached in the browser, as on an office PC opening the page in the morning,
  // signed in (the sign-in at the provider is not part of the first view).
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript((s) => {
    sessionStorage.setItem(s.key, s.value);
    // The moment the area view says every answer is in (its figures, trends, targets and reporting) and its
    // trend charts are drawn.
    new MutationObserver(() => {
      const w = window as unknown as { readyAt?: number };
      const charts = [...document.querySelectorAll<HTMLElement>('canvas[data-testid^="trend-"]')];
      const drawn = charts.length > 0 && charts.every((c) => c.dataset.drawn === 'true');
      if (
        w.readyAt === undefined &&
        drawn &&
        document.querySelector('[data-testid="area-view"][data-state="ready"]')
      )
        w.readyAt = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, session);
  const page = await context.newPage();
  const requests: Run['requests'] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().endsWith('/graphql')) return;
    const query = (request.postDataJSON() as { query?: string } | null)?.query ?? '';
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? query.replace(/\s+/g, ' ').slice(0, 40);
    const timing = request.timing();
    requests.push({
      operation: name,
      ms: Math.round(timing.responseEnd - timing.requestStart),
      body: request.postData() ?? '',
    });
  });
  await page.goto(`${base}/dashboard/`);
  await page.waitForSelector('[data-testid="area-view"][data-state="ready"]', { timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt !== undefined);
  await page.waitForLoadState('networkidle');
  const firstViewMs = await page.evaluate(() =>
    Math.round((window as unknown as { readyAt: number }).readyAt),
  );
  // The page may have renewed the session (the provider rotates the refresh token): the next run starts from it.
  session.value = JSON.stringify((await dashboardSession(page))!.user);
  await context.close();
  return { firstViewMs, requests };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(options: Options) {
  const dataDir = mkdtempSync(join(tmpdir(), `chung-tay-bench-${options.households}-`));
  const generatedS = generateRegister(options.households, options.seed, dataDir);
  const { service, ready } = forkHub(dataDir, { demoData: false });
  let browser: Browser | undefined;
  try {
    const base = (await ready).url.replace(/\/graphql$/, '');
    browser = await launchChromium();
    // Signed in once at the provider; that tab is closed so that only one page at a time uses (and renews) it.
    // It asks the graph nothing, so the cold run below is still the hub's first.
    const signInPage = await browser.newPage();
    await signInPage.route('**/graphql', (route) => route.abort());
    await signInOnDashboard(signInPage, base, demoAccount(dataDir, 'people-committee.viewer'));
    const signedIn = (await dashboardSession(signInPage))!;
    await signInPage.close();
    const session: Session = { key: signedIn.key, value: JSON.stringify(signedIn.user) };
    const runs: Run[] = [];
    // The first load after the hub starts (nothing compiled or cached yet), two loads that warm the services up
    // as an office's first users would, then the measured loads: a warm hub, a browser with nothing cached.
    const cold = await measure(browser, base, session);
    const warmUp = [await measure(browser, base, session), await measure(browser, base, session)];
    for (let i = 0; i < options.runs; i++) runs.push(await measure(browser, base, session));
    const warm = runs;
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.addInitScript((s) => sessionStorage.setItem(s.key, s.value), session);
    await page.goto(`${base}/dashboard/`);
    await page.waitForSelector('[data-testid="area-view"][data-state="ready"]');
    const screenshot = artifactPath(join(REPO_ROOT, 'bench', 'results'), 'dashboard-first-view.png');
    await page.screenshot({ path: screenshot, fullPage: true });

    const token = (await dashboardSession(page))!.user.access_token;
    const operations = [...new Set(runs.flatMap((r) => r.requests.map((q) => q.operation)))];
    // Each of the first view's requests again, one at a time (warm): what each costs without the others.
    const alone: Record<string, number> = {};
    for (const { operation, body } of cold.requests) {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        const answer = await fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body,
        });
        await answer.text();
        times.push(Math.round(performance.now() - t0));
      }
      alone[operation] = median(times);
    }
    const result = {
      benchmark: 'dashboard first view',
      date: todayInVietnam(),
      machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
      households: options.households,
      seed: options.seed,
      generatedSeconds: generatedS,
      view: 'province 75, the last finished quarter, People’s Committee viewer',
      coldFirstViewMs: cold.firstViewMs,
      warmUpFirstViewMs: warmUp.map((r) => r.firstViewMs),
      warmFirstViewMs: {
        median: median(warm.map((r) => r.firstViewMs)),
        runs: warm.map((r) => r.firstViewMs),
      },
      targetMs: 2000,
      requestsAloneMs: alone,
      requestsMedianMs: Object.fromEntries(
        operations.map((op) => [
          op,
          median(runs.flatMap((r) => r.requests.filter((q) => q.operation === op).map((q) => q.ms))),
        ]),
      ),
    };
    console.log(`\nDashboard first view, ${options.households} households, ${result.machine.cores} cores`);
    console.log(`  data generated in ${generatedS.toFixed(1)} s`);
    console.log(`  first view, cold (first load after start): ${result.coldFirstViewMs} ms`);
    console.log(`  first view, the next two (warming up):     ${result.warmUpFirstViewMs.join(' ms, ')} ms`);
    console.log(
      `  first view, warm (median of ${warm.length}):        ${result.warmFirstViewMs.median} ms   (target < 2000 ms)`,
    );
    console.log('  GraphQL requests, median ms: in the first view (all at once) | alone (one at a time)');
    for (const [op, ms] of Object.entries(result.requestsMedianMs))
      console.log(`    ${String(ms).padStart(6)} | ${String(alone[op] ?? '').padStart(6)}  ${op}`);
    const dir = join(REPO_ROOT, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `dashboard-${options.households}-${result.date}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`  written to ${file}; screenshot ${screenshot}`);
  } finally {
    await browser?.close();
    await stopService(service);
    if (!options.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

new Command('bench:dashboard')
  .description("Measure the dashboard's first view in Chromium on a generated data set")
  .option('--households <n>', 'households to generate', whole('--households'), 20_000)
  .option('--seed <n>', 'random seed of the data set', whole('--seed'), 1)
  .option('--runs <n>', 'measured warm runs, after the cold one and two warming up', whole('--runs'), 5)
  .option('--keep', 'keep the generated data folder', false)
  .action((o: Options) => main(o))
  .parseAsync()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
