import { todayInVietnam, type Database, type OrganisationId } from '@chung-tay/common';
import { bulkInsert, type Column, type Query } from './bulk';
import type { OrgContext, Register, TableCounts } from './context';
import { migrateAll, openDatabases, seedReferenceData, wipeAll, type Databases } from './databases';
import { generateFatherlandFront } from './fatherland-front';
import { generateLabourUnion } from './labour-union';
import { generateMicrofinance } from './microfinance';
import { GENERATED_CODE_PREFIX, generatePeopleCommittee } from './people-committee';
import { streamRng, uuidFrom } from '../random';
import type { Progress } from './progress';
import { generateWomensUnion } from './womens-union';

export { GENERATED_CODE_PREFIX } from './people-committee';
export * from './progress';

export interface SeedOptions {
  dataDir: string;
  province: string;
  households: number;
  seed: number;
  /** The generator's "today" (YYYY-MM-DD); history runs over the two years before it. */
  today?: string;
  replace?: boolean;
  env?: NodeJS.ProcessEnv;
  progress?: Progress;
}

export interface OrganisationFigures {
  org: OrganisationId;
  tables: TableCounts;
  rows: number;
  seconds: number;
}

export interface SeedResult {
  households: number;
  figures: OrganisationFigures[];
  seconds: number;
}

/** Why the generator will not write into these databases, or null. */
export class SeedRefusal extends Error {}

/** Tables whose rows mean an organisation's records are already there (demo data from `npm start`, or a run). */
const OWN_RECORDS: Partial<Record<OrganisationId, string>> = {
  'labour-union': 'union_organisation',
  'womens-union': 'chapter',
  'fatherland-front': 'front_fund',
  microfinance: 'borrower',
};

async function refusal(databases: Databases): Promise<string | null> {
  const pc = databases['people-committee'].dataSource;
  const [{ n }] = await pc.query(`SELECT count(*)::int AS n FROM household WHERE code LIKE $1`, [
    `${GENERATED_CODE_PREFIX}%`,
  ]);
  if (n > 0) {
    return `the data folder already holds ${n} generated households; add --replace to empty every subgraph's database and generate again`;
  }
  for (const [org, table] of Object.entries(OWN_RECORDS)) {
    const [{ any }] = await databases[org as OrganisationId].dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM ${table}) AS any`,
    );
    if (any) {
      return `the ${org} database already holds records (${table}), e.g. the demo data of an earlier npm start; generate into a new data folder or add --replace`;
    }
  }
  return null;
}

/**
 * Fills every subgraph's database with a consistent generated data set: the People's Committee's register
 * first (households, people, reviews, status history, benefits), then each organisation's records pointing into
 * it. One transaction per organisation; rows go in with multi-row INSERT … SELECT FROM unnest(…).
 */
export async function runSeed(options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const today = options.today ?? todayInVietnam();
  const year = Number(today.slice(0, 4));
  const progress = options.progress;
  const { databases, close } = await openDatabases(options.dataDir, options.env);
  try {
    progress?.note('Preparing the databases (migrations, reference data) …');
    if (options.replace) {
      await migrateAll(databases);
      await wipeAll(databases);
    }
    await migrateAll(databases);
    const refused = await refusal(databases);
    if (refused) throw new SeedRefusal(refused);
    await seedReferenceData(databases);

    const figures: OrganisationFigures[] = [];
    let register: Register | undefined;
    let savingsGroups = new Map<string, { groupId: string; formedOn: string }>();
    const run = async (org: OrganisationId, work: (ctx: OrgContext) => Promise<void>) => {
      const database: Database = databases[org];
      const t0 = Date.now();
      const tables: TableCounts = {};
      progress?.start(org);
      await database.dataSource.transaction(async (em) => {
        const query: Query = (sql, params) => em.query(sql, params);
        const uuid = uuidFrom(streamRng(options.seed, `${org} ids`));
        const ctx: OrgContext = {
          org,
          database,
          query,
          seed: options.seed,
          today,
          year,
          register: register!,
          rng: (stream) => streamRng(options.seed, stream),
          uuid,
          insert: async <R>(table: string, columns: Column<R>[], rows: readonly R[]) => {
            tables[table] = (tables[table] ?? 0) + rows.length;
            progress?.table(org, table, 0, rows.length);
            await bulkInsert(query, table, columns, rows, (n) => progress?.rows(org, table, n));
          },
        };
        await work(ctx);
        // One audit entry per organisation for the run: who wrote what, in the log's own shape.
        await query(
          `INSERT INTO audit_entry (subject, organisation, roles, kind, operation, record_type, record_ids, fields, request_id)
           VALUES ('seed-generator', $1, '{admin}', 'WRITE', 'generateData', 'GeneratedData', $2, $3, $4)`,
          [
            org,
            Object.entries(tables).map(([t, n]) => `${t}:${n}`),
            [
              `seed:${options.seed}`,
              `province:${options.province}`,
              `households:${options.households}`,
              `today:${today}`,
            ],
            uuid(),
          ],
        );
      });
      const rows = Object.values(tables).reduce((s, n) => s + n, 0);
      const seconds = (Date.now() - t0) / 1000;
      figures.push({ org, tables, rows, seconds });
      progress?.done(org, rows, seconds);
    };

    await run('people-committee', async (ctx) => {
      register = await generatePeopleCommittee(ctx, options.province, options.households);
    });
    await run('womens-union', async (ctx) => {
      savingsGroups = await generateWomensUnion(ctx);
    });
    await run('labour-union', generateLabourUnion);
    await run('fatherland-front', generateFatherlandFront);
    await run('microfinance', (ctx) => generateMicrofinance(ctx, savingsGroups));
    return { households: options.households, figures, seconds: (Date.now() - started) / 1000 };
  } finally {
    await close();
  }
}
