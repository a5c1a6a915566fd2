import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import {
  freePort,
  inheritedEnv,
  ORGANISATIONS,
  signToken,
  subgraphDatabaseName,
  type OrganisationId,
} from '@chung-tay/common';
import { checkNationalId, Sex } from '@chung-tay/people-committee';
import { forkHub, stopService } from '../launcher';
import { jwtSecretFor } from '../dev-secret';

// The generator and the hub run as their own processes, as `npm run seed` and `npm start` run them (the
// embedded PostgreSQL package is an ES module that jest's CommonJS sandbox cannot load).
const HUB = join(__dirname, '..', '..');
const CLI = join(HUB, 'dist', 'seed.js');
const HOUSEHOLDS = 300;
const TODAY = '2026-05-15';
const DEMO_HOUSEHOLDS = 327;
const run = promisify(execFile);
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'chung-tay-seed-'));
  folders.push(dir);
  return dir;
};
const env = (extra: NodeJS.ProcessEnv = {}) => {
  const e: NodeJS.ProcessEnv = inheritedEnv({ CI: 'true', JWT_SECRET: '', ...extra });
  for (const name of ORGANISATIONS) delete e[`${name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  return e;
};
const seed = (dataDir: string, seedValue: number) =>
  run(
    process.execPath,
    [
      CLI,
      '--province',
      '75',
      '--households',
      String(HOUSEHOLDS),
      '--seed',
      String(seedValue),
      '--data-dir',
      dataDir,
      '--today',
      TODAY,
    ],
    { env: env(), maxBuffer: 10_000_000 },
  );

type Db = Record<OrganisationId, Client>;
const rowsOf = (client: Client) => ({
  query: async (sql: string, params?: unknown[]): Promise<any[]> => (await client.query(sql, params)).rows,
});

/** Connects as the cluster's superuser to every subgraph's database. */
async function connect(dataDir: string, port: number): Promise<{ db: Db; close(): Promise<void> }> {
  const password = readFileSync(join(dataDir, 'postgres', 'postgres-password'), 'utf8').trim();
  const db = {} as Db;
  for (const org of ORGANISATIONS) {
    db[org] = new Client({
      host: '127.0.0.1',
      port,
      user: 'postgres',
      password,
      database: subgraphDatabaseName(org),
    });
    await db[org].connect();
  }
  return { db, close: async () => void (await Promise.all(Object.values(db).map((c) => c.end()))) };
}

/** Starts the data folder's embedded cluster alone (no hub) while `work` runs. */
async function withCluster<T>(dataDir: string, work: (db: Db) => Promise<T>): Promise<T> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '-e',
      `require('@chung-tay/common').startEmbeddedCluster({ dataDir: process.argv[1], port: Number(process.argv[2]) })
        .then((c) => { process.send({ type: 'ready' }); process.on('SIGTERM', () => c.stop().then(() => process.exit(0))); })
        .catch((e) => { console.error(e); process.exit(1); });`,
      join(dataDir, 'postgres'),
      String(port),
    ],
    { cwd: HUB, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the cluster exited with ${code}`)));
  });
  const { db, close } = await connect(dataDir, port);
  try {
    return await work(db);
  } finally {
    await close();
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }
}

/** Databases whose demo reference rows get random ids (the People's Committee's demo, the lender's products). */
const RANDOM_DEMO_IDS: OrganisationId[] = ['people-committee', 'microfinance'];

/**
 * One digest per table over every column but timestamps (when rows were written); in the databases whose demo
 * reference data draws random ids, over every column but ids too.
 */
async function checksums(db: Db): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const org of ORGANISATIONS) {
    const { rows: columns } = await db[org].query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'audit_entry')
       ORDER BY table_name, ordinal_position`,
    );
    const byTable = new Map<string, string[]>();
    for (const c of columns) {
      if (c.data_type === 'timestamp with time zone') continue;
      if (c.data_type === 'uuid' && RANDOM_DEMO_IDS.includes(org)) continue;
      byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), `"${c.column_name}"`]);
    }
    for (const [table, cols] of byTable) {
      const { rows } = await db[org].query(
        `SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS sum FROM (SELECT ROW(${cols.join(', ')})::text AS r FROM "${table}") t`,
      );
      sums[`${org}.${table}`] = rows[0].sum;
    }
  }
  return sums;
}

const ids = async (db: Db, org: OrganisationId, sql: string): Promise<string[]> =>
  (await db[org].query(sql)).rows.map((r: { id: string }) => r.id);

afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe('npm run seed', () => {
  const first = folder();
  let sumsSame: Record<string, string>;
  let sumsOther: Record<string, string>;

  it('generates, prints its figures, and refuses a second run on the same folder', async () => {
    const { stdout } = await seed(first, 1);
    expect(stdout).toContain(`Generated ${HOUSEHOLDS} households`);
    expect(stdout).toMatch(/people-committee: \d+ rows in [\d.]+ s \([\d,]+ rows\/s\)/);
    expect(stdout).toMatch(/ household\s+300\n/);
    await expect(seed(first, 1)).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`already holds ${HOUSEHOLDS} generated households`),
    });
  }, 300_000);

  it('refuses --replace in production, and on databases named by URL without --yes', async () => {
    const args = [CLI, '--province', '75', '--households', '10', '--replace', '--data-dir', folder()];
    await expect(run(process.execPath, args, { env: env({ NODE_ENV: 'production' }) })).rejects.toMatchObject(
      {
        stderr: expect.stringContaining('refused when NODE_ENV=production'),
      },
    );
    const named = { ...env(), MICROFINANCE_DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' };
    await expect(run(process.execPath, args, { env: named })).rejects.toMatchObject({
      stderr: expect.stringContaining('would empty databases you named (MICROFINANCE_DATABASE_URL)'),
    });
  });

  it('gives the same rows for the same seed and other rows for another seed', async () => {
    const same = folder();
    const other = folder();
    await seed(same, 1);
    await seed(other, 2);
    sumsSame = await withCluster(same, checksums);
    sumsOther = await withCluster(other, checksums);
    expect(Object.keys(sumsSame).length).toBeGreaterThan(40);
    expect(sumsOther['people-committee.person']).not.toBe(sumsSame['people-committee.person']);
    expect(sumsOther['microfinance.loan']).not.toBe(sumsSame['microfinance.loan']);
    expect(sumsOther['labour-union.union_member']).not.toBe(sumsSame['labour-union.union_member']);
  }, 300_000);

  it('is consistent across organisations, unchanged by the refused run, and served by the hub', async () => {
    const port = await freePort();
    const { service, ready } = forkHub(first, {
      demoData: false,
      env: { ...env(), EMBEDDED_POSTGRES_PORT: String(port) },
    });
    try {
      const gatewayUrl = (await ready).url;
      const { db, close } = await connect(first, port);
      let householdId: string;
      try {
        // The refused run wrote nothing: the folder equals one generated once with the same seed.
        expect(await checksums(db)).toEqual(sumsSame);
        for (const org of ORGANISATIONS) {
          const { rows } = await db[org].query(
            `SELECT count(*)::int AS n FROM audit_entry WHERE operation = 'generateData'`,
          );
          expect(rows[0].n).toBe(1);
        }
        const pc = rowsOf(db['people-committee']);
        const [{ generated }] = await pc.query(
          `SELECT count(*)::int AS generated FROM household WHERE code LIKE $1`,
          ['SG-%'],
        );
        expect(generated).toBe(HOUSEHOLDS);
        // 1–6 people a household, one head, and the household names that head.
        const shapes = await pc.query(`SELECT h.id, count(p.id)::int AS people,
          count(*) FILTER (WHERE p.relation_to_head = 'HEAD')::int AS heads,
          bool_and(h.head_person_id IS NOT NULL) AS has_head
        FROM household h JOIN person p ON p.household_id = h.id WHERE h.code LIKE 'SG-%' GROUP BY h.id`);
        expect(shapes).toHaveLength(HOUSEHOLDS);
        for (const s of shapes) {
          expect(s.people).toBeGreaterThanOrEqual(1);
          expect(s.people).toBeLessThanOrEqual(6);
          expect(s.heads).toBe(1);
          expect(s.has_head).toBe(true);
        }
        const people: { national_id: string; birth_date: string; sex: string }[] = await pc.query(
          `SELECT national_id, birth_date::text AS birth_date, sex FROM person WHERE national_id IS NOT NULL`,
        );
        for (const p of people)
          expect(
            checkNationalId(p.national_id, p.birth_date, p.sex === 'FEMALE' ? Sex.FEMALE : Sex.MALE),
          ).toBeNull();
        // Each status matches the last entry of the household's history.
        const drift =
          await pc.query(`SELECT h.id FROM household h JOIN LATERAL (SELECT status FROM household_status_change c
          WHERE c.household_id = h.id ORDER BY effective_date DESC, reason DESC LIMIT 1) last ON true WHERE last.status <> h.status`);
        expect(drift).toEqual([]);

        const households = new Set(await ids(db, 'people-committee', `SELECT id FROM household`));
        const persons = new Map<string, string>(
          (await pc.query(`SELECT id, household_id FROM person`)).map((r: any) => [r.id, r.household_id]),
        );
        const pointers: [OrganisationId, string][] = [
          ['labour-union', `SELECT person_id, household_id FROM union_member`],
          ['womens-union', `SELECT person_id, household_id FROM union_member`],
          ['fatherland-front', `SELECT person_id, household_id FROM sponsorship_pledge`],
          ['fatherland-front', `SELECT person_id, household_id FROM needs_list_entry`],
          ['microfinance', `SELECT person_id, household_id FROM borrower`],
          ['microfinance', `SELECT person_id, household_id FROM loan`],
        ];
        for (const [org, sql] of pointers) {
          for (const r of (await db[org].query(sql)).rows)
            expect(persons.get(r.person_id)).toBe(r.household_id);
        }
        for (const [org, sql] of [
          [
            'labour-union',
            `SELECT household_id AS id FROM care_plan UNION SELECT household_id FROM care_activity`,
          ],
          [
            'womens-union',
            `SELECT household_id AS id FROM pledged_household UNION SELECT household_id FROM support_activity`,
          ],
          [
            'fatherland-front',
            `SELECT household_id AS id FROM front_disbursement UNION SELECT household_id FROM solidarity_house`,
          ],
        ] as [OrganisationId, string][]) {
          for (const id of await ids(db, org, sql)) expect(households.has(id)).toBe(true);
        }
        // Care plans cover many but not all households on the list (poor or near-poor on 1 January) with a member.
        const listDate = `${Number(TODAY.slice(0, 4)) - 1}-01-01`;
        const onList = new Set<string>(
          (
            await pc.query(
              `SELECT id FROM (SELECT DISTINCT ON (household_id) household_id AS id, status FROM household_status_change
              WHERE effective_date <= $1 ORDER BY household_id, effective_date DESC) s WHERE status IN ('POOR', 'NEAR_POOR')`,
              [listDate],
            )
          ).map((r: { id: string }) => r.id),
        );
        const withMember = new Set(
          await ids(db, 'labour-union', `SELECT DISTINCT household_id AS id FROM union_member`),
        );
        const planned = await ids(db, 'labour-union', `SELECT DISTINCT household_id AS id FROM care_plan`);
        const eligible = [...withMember].filter((h) => onList.has(h));
        for (const h of planned) expect(eligible).toContain(h);
        expect(planned.length).toBeGreaterThan(eligible.length / 2);
        expect(planned.length).toBeLessThan(eligible.length);
        // Women's Union pledges name households that were poor or near-poor.
        const pledgedStatuses = await rowsOf(db['womens-union']).query(
          `SELECT DISTINCT status_when_pledged AS s FROM pledged_household`,
        );
        for (const { s: status } of pledgedStatuses) expect(['POOR', 'NEAR_POOR']).toContain(status);

        // Every disbursed loan's schedule sums to its principal; repayments add up to their allocations.
        const mf = rowsOf(db.microfinance);
        const schedules =
          await mf.query(`SELECT l.id, l.principal, coalesce(sum(i.principal_due), 0) AS scheduled
        FROM loan l LEFT JOIN loan_instalment i ON i.loan_id = l.id WHERE l.status IN ('DISBURSED', 'CLOSED')
        GROUP BY l.id HAVING coalesce(sum(i.principal_due), 0) <> l.principal`);
        expect(schedules).toEqual([]);
        const allocations =
          await mf.query(`SELECT r.id FROM loan_repayment r JOIN repayment_allocation a ON a.repayment_id = r.id
        GROUP BY r.id HAVING sum(a.principal) <> max(r.principal_part) OR sum(a.interest) <> max(r.interest_part)`);
        expect(allocations).toEqual([]);
        const [{ late }] = await mf.query(
          `SELECT count(DISTINCT l.id)::int AS late FROM loan l JOIN loan_instalment i ON i.loan_id = l.id
        WHERE l.status = 'DISBURSED' AND i.due_date < $1 AND i.principal_due + i.interest_due >
          coalesce((SELECT sum(a.principal + a.interest) FROM repayment_allocation a WHERE a.loan_id = l.id AND a.instalment_number = i.number), 0)`,
          [TODAY],
        );
        expect(late).toBeGreaterThan(0);
        // Sponsorship shares add up to the pledge; payments stay inside the pledge's months.
        const ff = rowsOf(db['fatherland-front']);
        expect(
          await ff.query(`SELECT p.id FROM sponsorship_pledge p JOIN sponsorship_pledge_sponsor s ON s.pledge_id = p.id
        GROUP BY p.id HAVING sum(s.amount_per_month) <> max(p.amount_per_month)`),
        ).toEqual([]);
        expect(
          await ff.query(
            `SELECT x.id FROM sponsorship_payment x JOIN sponsorship_pledge p ON p.id = x.pledge_id
        WHERE x.month < p.start_month OR x.month > p.end_month OR x.paid_on < p.signed_on OR x.paid_on > $1`,
            [TODAY],
          ),
        ).toEqual([]);
        const { rows: member } = await db['labour-union'].query(
          `SELECT m.household_id FROM union_member m JOIN care_plan c ON c.household_id = m.household_id LIMIT 1`,
        );
        householdId = member[0].household_id;
      } finally {
        await close();
      }

      const token = await signToken(
        { org: 'people-committee', units: ['75'], roles: ['admin'], subject: 'seed-test' },
        { JWT_SECRET: jwtSecretFor(first), JWT_ISSUER: 'chung-tay', JWT_AUDIENCE: 'chung-tay-hub' },
      );
      const query = async (q: string, variables = {}) => {
        const response = await fetch(gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: q, variables }),
        });
        return (await response.json()) as { data?: any; errors?: unknown[] };
      };
      // The People's Committee's demo register comes first (its own seedDemoData), then the generated households.
      const count = await query(`{ households(filter: { unitCode: "75" }) { totalCount } }`);
      expect(count.errors).toBeUndefined();
      expect(count.data.households.totalCount).toBe(DEMO_HOUSEHOLDS + HOUSEHOLDS);
      const one = await query(
        `query ($id: ID!) { household(id: $id) { code status members { fullName }
          unionMembers { status } unionCarePlans { status } fiveNoThreeClean { year }
          frontSupport { disbursedTotal } loans { status } } }`,
        { id: householdId },
      );
      expect(one.errors).toBeUndefined();
      expect(one.data.household.code).toMatch(/^SG-/);
      expect(one.data.household.members.length).toBeGreaterThan(0);
      expect(one.data.household.unionMembers.length).toBeGreaterThan(0);
      expect(one.data.household.unionCarePlans.length).toBeGreaterThan(0);
      expect(Array.isArray(one.data.household.fiveNoThreeClean)).toBe(true);
      expect(typeof one.data.household.frontSupport.disbursedTotal).toBe('number');
      expect(Array.isArray(one.data.household.loans)).toBe(true);
    } finally {
      await stopService(service);
    }
  }, 300_000);
});
