import { todayInVietnam, type Database, type OrganisationId } from '@chung-tay/common';
import {
  bulkInsert,
  columnProblem,
  streamRng,
  uuidFrom,
  type BulkContext,
  type BulkGenerator,
  type Column,
  type GeneratedLinks,
  type Query,
  type TableCounts,
} from '@chung-tay/common/generate';
import { inWaves } from '../organisations';
import { migrateAll, openDatabases, seedReferenceData, wipeAll, type OpenDatabases } from './databases';
import type { Progress } from './progress';

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

/** The generator would not write into these databases; the message says why (exit code 2). */
export class SeedRefusal extends Error {}

/** Why the generator will not write into these databases (the first organisation that refuses), or null. */
async function refusal({ databases }: OpenDatabases, bulks: OrganisationBulk[]): Promise<string | null> {
  for (const { org, bulk } of bulks) {
    const query: Query = (sql, params) => databases[org]!.dataSource.query(sql, params);
    const reason = await bulk.refusal?.(query);
    if (reason) return reason;
  }
  return null;
}

interface OrganisationBulk {
  org: OrganisationId;
  wave: number;
  bulk: BulkGenerator;
}

/**
 * Fills every subgraph's database with a consistent generated data set: each organisation's bulk generator
 * (its definition's `generators.bulk`) in its wave, the People's Committee's register first (households,
 * people, reviews, status history, benefits), then each organisation's records pointing into it. One
 * transaction per organisation; rows go in with multi-row INSERT … SELECT FROM unnest(…).
 */
export async function runSeed(options: SeedOptions): Promise<SeedResult> {
  const started = Date.now();
  const today = options.today ?? todayInVietnam();
  const year = Number(today.slice(0, 4));
  const progress = options.progress;
  const opened = await openDatabases(options.dataDir, options.env);
  const { databases, definitions, close } = opened;
  try {
    progress?.note('Preparing the databases (migrations, reference data) …');
    if (options.replace) {
      await migrateAll(databases);
      await wipeAll(databases);
    }
    await migrateAll(databases);
    const bulks: OrganisationBulk[] = [];
    for (const org of Object.keys(definitions) as OrganisationId[]) {
      const bulk = definitions[org]?.generators?.bulk;
      if (bulk) bulks.push({ org, wave: bulk.wave, bulk });
    }
    const refused = await refusal(opened, bulks);
    if (refused) throw new SeedRefusal(refused);
    await seedReferenceData(opened, options.province);

    const figures: OrganisationFigures[] = [];
    const links: Partial<GeneratedLinks> = {};
    const need = <K extends keyof GeneratedLinks>(link: K): GeneratedLinks[K] => {
      const value = links[link];
      if (value === undefined) throw new Error(`the generator needs ${link}, which no earlier wave provided`);
      return value as GeneratedLinks[K];
    };
    const run = async ({ org, bulk }: OrganisationBulk) => {
      const database: Database = databases[org]!;
      const t0 = Date.now();
      const tables: TableCounts = {};
      progress?.start(org);
      await database.dataSource.transaction(async (em) => {
        const query: Query = (sql, params) => em.query(sql, params);
        const uuid = uuidFrom(streamRng(options.seed, `${org} ids`));
        const ctx: BulkContext = {
          org,
          database,
          query,
          seed: options.seed,
          province: options.province,
          households: options.households,
          today,
          year,
          get register() {
            return need('register');
          },
          need,
          provide: (link, value) => {
            links[link] = value;
          },
          rng: (stream) => streamRng(options.seed, stream),
          uuid,
          insert: async <R>(table: string, columns: Column<R>[], rows: readonly R[]) => {
            const problem = columnProblem(database.dataSource.entityMetadatas, table, columns);
            if (problem) throw new Error(`${org} generator: ${problem}`);
            tables[table] = (tables[table] ?? 0) + rows.length;
            progress?.table(org, table, 0, rows.length);
            await bulkInsert(query, table, columns, rows, (n) => progress?.rows(org, table, n));
          },
        };
        await bulk.generate(ctx);
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

    // One organisation at a time: the figures and the progress bars read best so, and a wave's generators
    // would only compete for the same two cores.
    for (const wave of inWaves(bulks)) for (const item of wave) await run(item);
    return { households: options.households, figures, seconds: (Date.now() - started) / 1000 };
  } finally {
    await close();
  }
}
