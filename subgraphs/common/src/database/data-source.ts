import { DataSource, type EntitySchema, type MigrationInterface } from 'typeorm';
import { QueryCounter } from './query-counter';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditLog1763900000500 } from '../audit/audit-log.migration';
import { AuditCriteria1763900012100 } from '../audit/audit-criteria.migration';
import { AreaReportRow } from '../reporting/area-report.entity';
import { AreaReports1763900006000 } from '../reporting/area-report.migration';
import { AreaRollups1763900007000 } from '../reporting/area-rollup';
import { IdempotencyKeys1763900009000 } from '../idempotency';
import { SignedRequestIds1763900010700 } from '../auth/signed-request-ids';

export interface DataSourceOptions {
  url: string;
  /** Entity classes (or schemas); a list, so the kit can add its own. */
  entities: readonly (EntityClass | EntitySchema)[];
  migrations: readonly MigrationClass[];
  poolSize?: number;
  keepStatements?: boolean;
}

type EntityClass = new () => object;
type MigrationClass = new () => MigrationInterface;

export interface Database {
  dataSource: DataSource;
  queries: QueryCounter;
}

/** How long a statement waits for a pooled connection (a new one, or a free one) before failing. */
export const DATABASE_CONNECT_TIMEOUT_MS = 5_000;

/** Creates a subgraph's typeorm DataSource. Schema changes only ever come from committed migrations. */
export function createDatabase(options: DataSourceOptions): Database {
  const queries = new QueryCounter(options.keepStatements);
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    // Every subgraph keeps an audit log, its own report sections and area rollups; the kit adds their migrations.
    entities: [...options.entities, AuditEntry, AreaReportRow],
    migrations: [
      ...options.migrations,
      AuditLog1763900000500,
      AreaReports1763900006000,
      AreaRollups1763900007000,
      IdempotencyKeys1763900009000,
      SignedRequestIds1763900010700,
      AuditCriteria1763900012100,
    ],
    synchronize: false,
    uuidExtension: 'pgcrypto', // gen_random_uuid() is built into PostgreSQL 13+; no extension to install
    migrationsRun: false,
    migrationsTableName: 'migrations',
    logger: queries,
    maxQueryExecutionTime: 2000,
    extra: {
      max: options.poolSize ?? 10,
      application_name: 'chung-tay',
      // An unreachable database (or a full pool) fails a request after this long instead of holding it for ever.
      connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS,
    },
  });
  return { dataSource, queries };
}

/** Connects and applies pending migrations, each in its own transaction. */
export async function connectAndMigrate(database: Database): Promise<string[]> {
  if (!database.dataSource.isInitialized) await database.dataSource.initialize();
  const applied = await database.dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
