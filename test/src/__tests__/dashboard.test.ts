import { todayInVietnam } from '@chung-tay/common';
import { explorerExamples } from '@chung-tay/gateway';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { Browser, Page } from 'playwright-core';
import { artifactPath as artifactIn, demoAccount, launchChromium, signInOnDashboard } from '@chung-tay/bench';
import { resolve } from 'node:path';
import { cspViolations } from '../csp-violations';
import { selectionFor, valueAt } from '../graphql-paths';
import { startTestHub, type TestHub } from '../hub-client';

const EXPLORER_EXAMPLES = explorerExamples(todayInVietnam());

/** Screenshots of the run (git-ignored). */
const artifactPath = (name: string) => artifactIn(resolve(__dirname, '..', '..', 'test-artifacts'), name);

// The dashboard in a real browser (Debian's Chromium) against the demo hub: what it shows must be what the graph
// answers for the same unit and period, through the same gateway.
let hub: TestHub;
let browser: Browser;
let page: Page;
let base: string;
let officer: string;
let refusedByPolicy: string[];

beforeAll(async () => {
  [hub, browser] = await Promise.all([startTestHub({ demoData: true }), launchChromium()]);
  base = hub.gatewayUrl.replace(/\/graphql$/, '');
  officer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['officer'] });
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  refusedByPolicy = cspViolations(page);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

type Figures = Map<string, string>;

/** Every `data-figure` inside an element, as path → raw value. */
async function figuresIn(selector: string): Promise<Figures> {
  const pairs = await page.$$eval(`${selector} [data-figure]`, (els) =>
    els.map((el) => [el.getAttribute('data-figure')!, el.getAttribute('data-value') ?? ''] as const),
  );
  return new Map(pairs);
}

/**
 * The value of every path as the graph answers it, asked one figure set at a time (`labourUnion.fund`, …) rather
 * than the page's one request per organisation: a figure that depended on what else a query asks for would differ.
 */
async function areaFromGateway(
  unitCode: string,
  period: string,
  paths: string[],
): Promise<Map<string, unknown>> {
  const setOf = (path: string) => path.split('.').slice(0, 2).join('.');
  const bySet = new Map<string, string[]>();
  for (const path of paths) bySet.set(setOf(path), [...(bySet.get(setOf(path)) ?? []), path]);
  const values = new Map<string, unknown>();
  await Promise.all(
    [...bySet.values()].map(async (group) => {
      const answer = await hub.query(
        `query($unitCode: String!, $period: PeriodCode!) {
           areaPeriod(unitCode: $unitCode, period: $period) { ${selectionFor(group.map((path) => path.split('.')))} } }`,
        { unitCode, period },
        officer,
      );
      expect(answer.errors).toBeUndefined();
      for (const path of group) values.set(path, valueAt(answer.data!.areaPeriod, path.split('.')));
    }),
  );
  return values;
}

const raw = (value: unknown) => (value == null ? '' : String(value));

async function waitReady(testId: string) {
  await page.waitForSelector(`[data-testid="${testId}"][data-state="ready"]`, { timeout: 30_000 });
}

describe('the dashboard', () => {
  let commune: string;

  it('signs in at the provider as the People’s Committee’s officer and shows one commune and quarter exactly as the graph answers it', async () => {
    // The commune with the most poor households in the demo register.
    const poor = await hub.query(
      `{ households(filter: { unitCode: "75", status: [POOR] }, first: 100) { nodes { unitCode } } }`,
      {},
      officer,
    );
    const counts = new Map<string, number>();
    for (const { unitCode } of poor.data!.households.nodes)
      counts.set(unitCode, (counts.get(unitCode) ?? 0) + 1);
    commune = [...counts].sort((a, b) => b[1] - a[1])[0]![0];

    await signInOnDashboard(page, base, demoAccount(hub.dataDir, 'people-committee.officer'));
    await page.waitForSelector('[data-testid="province"]');
    await page.selectOption('[data-testid="province"]', '75');
    await page.waitForSelector(`[data-testid="commune"] option[value="${commune}"]`, { state: 'attached' });
    await page.selectOption('[data-testid="commune"]', commune);
    await page.selectOption('[data-testid="period"]', '2026-Q3');
    await page.waitForSelector(
      `[data-testid="area-view"][data-state="ready"][data-unit="${commune}"][data-period="2026-Q3"]`,
      { timeout: 30_000 },
    );
    await page.waitForSelector('[data-testid="reporting"] [data-figure]');

    const shown = await figuresIn('[data-testid="area-view"]');
    const fields = new Set([...shown.keys()].map((p) => p.split('.')[0]));
    for (const org of ['peopleCommittee', 'labourUnion', 'womensUnion', 'fatherlandFront', 'microfinance'])
      expect([org, fields.has(org)]).toEqual([org, true]);
    expect(shown.size).toBeGreaterThan(30);

    const answer = await areaFromGateway(commune, '2026-Q3', [...shown.keys()]);
    const mismatches = [...shown].filter(([path, value]) => raw(answer.get(path)) !== value);
    expect(mismatches).toEqual([]);
    // Something real is on screen, not a page of zeros.
    expect(Number(shown.get('peopleCommittee.householdsAtEnd.poor'))).toBe(counts.get(commune));

    expect(await page.locator('canvas[data-testid^="trend-"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('dashboard-area-view.png'), fullPage: true });
  });

  it('counts reports by organisation as the graph does', async () => {
    const rows = await page.$$eval('[data-testid="reporting"] [data-org]', (els) =>
      els.map((el) => el.getAttribute('data-org')),
    );
    expect(new Set(rows).size).toBe(5);
    const shown = await figuresIn('[data-testid="reporting"]');
    const answer = await areaFromGateway(commune, '2026-Q3', [...shown.keys()]);
    expect([...shown].filter(([path, value]) => raw(answer.get(path)) !== value)).toEqual([]);
    expect(Number(shown.get('peopleCommitteeReporting.expected'))).toBeGreaterThan(0);
  });

  it('lists pledges in arrears for the province and opens a household with every organisation’s support', async () => {
    await page.click('a[href="#/lists"]');
    await page.selectOption('[data-testid="commune"]', '');
    for (const list of ['list-overdue-loans', 'list-no-care-no-sponsor', 'list-pledges-in-arrears'])
      await waitReady(list);

    const today = todayInVietnam(); // the dashboard's today
    const arrears = await hub.query(
      `query($today: LocalDate!) { sponsorshipPledges(filter: { unitCode: "75", inArrearsOn: $today }, first: 100) {
         nodes { householdId } } }`,
      { today },
      officer,
    );
    expect(arrears.errors).toBeUndefined();
    const expected = new Set(
      arrears.data!.sponsorshipPledges.nodes.map((n: { householdId: string }) => n.householdId),
    );
    const shownHouseholds = await page.$$eval(
      '[data-testid="list-pledges-in-arrears"] a[href^="#/household/"]',
      (as) => as.map((a) => a.getAttribute('href')!.replace('#/household/', '')),
    );
    expect(new Set(shownHouseholds)).toEqual(expected);

    const overdue = await page.$$eval('[data-testid="list-overdue-loans"] a[href^="#/household/"]', (as) =>
      as.map((a) => a.getAttribute('href')!.replace('#/household/', '')),
    );
    const loans = await hub.query(
      `{ loans(filter: { unitCode: "75", overdue: {} }, first: 100) { nodes { household { id status } } } }`,
      {},
      officer,
    );
    expect(loans.errors).toBeUndefined();
    const poorWithOverdue = new Set(
      loans
        .data!.loans.nodes.filter((l: any) => l.household.status === 'POOR')
        .map((l: any) => l.household.id as string),
    );
    expect(new Set(overdue)).toEqual(poorWithOverdue);

    const id = (shownHouseholds[0] ?? overdue[0])!;
    expect(id).toBeDefined();
    await page.click(`a[href="#/household/${id}"] >> nth=0`);
    await page.waitForSelector(
      `[data-testid="household-page"][data-state="ready"][data-household-id="${id}"]`,
    );
    const household = await hub.query(
      `query($id: ID!) { household(id: $id) { code members { fullName } } }`,
      { id },
      officer,
    );
    const text = await page.textContent('[data-testid="household-page"]');
    expect(text).toContain(household.data!.household.code);
    for (const member of household.data!.household.members) expect(text).toContain(member.fullName);
    await page.screenshot({ path: artifactPath('dashboard-household.png'), fullPage: true });
  });

  it('switches to English', async () => {
    const before = await page.textContent('body');
    await page.click('[data-testid="language"]');
    await page.waitForFunction((b) => document.body.textContent !== b, before);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('opens the explorer with the dashboard’s session, and its examples run', async () => {
    await page.goto(`${base}/graphql`);
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
    expect(await page.locator('.graphiql-tab').count()).toBe(EXPLORER_EXAMPLES.length);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () => /"areaPeriod"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.textContent('.graphiql-response')).not.toMatch(/UNAUTHENTICATED/);
    expect(await page.isHidden('[data-testid="explorer-sign-in"]')).toBe(true);
    // The explorer's policy (and the dashboard's, on the same page before it) allows all that GraphiQL needs.
    expect(refusedByPolicy).toEqual([]);
  });

  it.each(EXPLORER_EXAMPLES.map((e) => [e.org ?? 'people-committee', e] as const))(
    'the explorer’s examples answer without errors for the %s',
    async (org, example) => {
      const token = await hub.token({ org, units: ['75'], roles: ['officer'] });
      const document = parse(example.query);
      for (const operation of document.definitions as OperationDefinitionNode[]) {
        const name = operation.name!.value;
        const response = await fetch(hub.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: example.query, variables: example.variables, operationName: name }),
        });
        const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
        expect([name, body.errors]).toEqual([name, undefined]);
      }
    },
  );
});
