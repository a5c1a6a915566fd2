import { join } from 'node:path';
import {
  connectAndMigrate,
  createDatabase,
  startEmbeddedCluster,
  subgraphDatabaseName,
  subgraphInfo,
  type Database,
  type EmbeddedCluster,
  type OrganisationId,
  type SubgraphDefinition,
} from '@chung-tay/common';
// Each subgraph's definition (entities, migrations, demo reference data); its package main would start a server.
import { peopleCommittee } from '@chung-tay/people-committee/dist/subgraph';
import { labourUnion } from '@chung-tay/labour-union/dist/subgraph';
import { womensUnion } from '@chung-tay/womens-union/dist/subgraph';
import { fatherlandFront } from '@chung-tay/fatherland-front/dist/subgraph';
import { microfinance } from '@chung-tay/microfinance/dist/subgraph';

export const DEFINITIONS: Record<OrganisationId, SubgraphDefinition<unknown>> = {
  'people-committee': peopleCommittee,
  'labour-union': labourUnion,
  'womens-union': womensUnion,
  'fatherland-front': fatherlandFront,
  microfinance,
} as never;

export type Databases = Record<OrganisationId, Database>;

export interface OpenDatabases {
  databases: Databases;
  close(): Promise<void>;
}

/**
 * Opens every subgraph's database exactly as the hub does (`startHub`): `<PREFIX>_DATABASE_URL` when set,
 * otherwise the embedded cluster in the data folder with one database and role per subgraph. Each database gets
 * its subgraph's own migrations through its own definition.
 */
export async function openDatabases(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<OpenDatabases> {
  let cluster: EmbeddedCluster | undefined;
  const databases = {} as Databases;
  const close = async () => {
    await Promise.all(
      Object.values(databases).map((d) => d.dataSource.isInitialized && d.dataSource.destroy()),
    );
    await cluster?.stop();
  };
  try {
    for (const name of Object.keys(DEFINITIONS) as OrganisationId[]) {
      const info = subgraphInfo(name);
      let url = env[`${info.envPrefix}_DATABASE_URL`];
      if (!url) {
        cluster ??= await startEmbeddedCluster({
          dataDir: join(dataDir, 'postgres'),
          port: Number(env.EMBEDDED_POSTGRES_PORT ?? 0),
        });
        url = await cluster.ensureDatabase(subgraphDatabaseName(name));
      }
      const definition = DEFINITIONS[name];
      databases[name] = createDatabase({
        url,
        entities: definition.entities,
        migrations: definition.migrations,
        poolSize: 2,
      });
    }
    return { databases, close };
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
export async function seedReferenceData(databases: Databases): Promise<void> {
  for (const [name, database] of Object.entries(databases) as [OrganisationId, Database][]) {
    await DEFINITIONS[name].seedDemoData?.(database.dataSource);
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
