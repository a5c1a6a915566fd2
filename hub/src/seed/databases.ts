import { join } from 'node:path';
import {
  connectAndMigrate,
  createDatabase,
  startEmbeddedCluster,
  subgraphDatabaseName,
  ALL_SUBGRAPHS,
  inheritedEnv,
  type Database,
  type EmbeddedCluster,
  type OrganisationId,
  type SubgraphDefinition,
} from '@chung-tay/common';
import { loadDefinitions } from '../organisations';

export type Databases = Partial<Record<OrganisationId, Database>>;
type Definitions = Partial<Record<OrganisationId, SubgraphDefinition<unknown>>>;

export interface OpenDatabases {
  databases: Databases;
  definitions: Definitions;
  close(): Promise<void>;
}

/**
 * Opens every subgraph's database exactly as the hub does (`startHub`): `<PREFIX>_DATABASE_URL` when set,
 * otherwise the embedded cluster in the data folder with one database and role per subgraph. Each database gets
 * its subgraph's own migrations through its own definition.
 */
export async function openDatabases(
  dataDir: string,
  env: NodeJS.ProcessEnv = inheritedEnv(),
): Promise<OpenDatabases> {
  let cluster: EmbeddedCluster | undefined;
  const databases: Databases = {};
  const definitions: Definitions = {};
  const close = async () => {
    await Promise.all(
      Object.values(databases).map((d) => d.dataSource.isInitialized && d.dataSource.destroy()),
    );
    await cluster?.stop();
  };
  try {
    for (const { info, definition } of await loadDefinitions(ALL_SUBGRAPHS)) {
      const name = info.name;
      definitions[name] = definition;
      let url = env[`${info.envPrefix}_DATABASE_URL`];
      if (!url) {
        cluster ??= await startEmbeddedCluster({
          dataDir: join(dataDir, 'postgres'),
          port: Number(env.EMBEDDED_POSTGRES_PORT ?? 0),
        });
        url = await cluster.ensureDatabase(subgraphDatabaseName(name));
      }
      databases[name] = createDatabase({
        url,
        entities: definition.entities,
        migrations: definition.migrations,
        poolSize: 2,
      });
    }
    return { databases, definitions, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Applies pending migrations of every subgraph. */
export async function migrateAll(databases: Databases): Promise<void> {
  for (const database of Object.values(databases)) await connectAndMigrate(database);
}

/** The demo reference data each subgraph seeds itself (standards, programmes, lenders and products …). */
export async function seedReferenceData(
  { databases, definitions }: Pick<OpenDatabases, 'databases' | 'definitions'>,
  province: string,
): Promise<void> {
  for (const [name, definition] of Object.entries(definitions) as [
    OrganisationId,
    SubgraphDefinition<unknown>,
  ][]) {
    await definition.seedDemoData?.(databases[name]!.dataSource, { province });
  }
}

/**
 * `--replace`: empties each subgraph's database (its schema, audit log included) so migrations and generation
 * start again from nothing. The subgraph's role owns its database and so its public schema.
 */
export async function wipeAll(databases: Databases): Promise<void> {
  for (const database of Object.values(databases)) {
    const ds = database.dataSource;
    if (!ds.isInitialized) await ds.initialize();
    await ds.query('DROP SCHEMA public CASCADE');
    await ds.query('CREATE SCHEMA public');
  }
}
