import { Client } from 'pg';

/**
 * Tables a read writes to by design: the audit log (each read of personal data and each change, refused or not),
 * the rollups (area figures of finished periods, kept once computed) and the signed request ids each subgraph
 * remembers so that no gateway request is answered twice.
 */
const WRITTEN_BY_READS = /^(audit_entry|.*rollup.*|signed_request_id)$/;

/**
 * The row count of every table of every subgraph's database (`subgraph.schema.table` → rows), but those reads
 * write to: a suite that only sends refused requests must leave it unchanged.
 */
export async function rowCounts(databaseUrls: Record<string, string>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [subgraph, url] of Object.entries(databaseUrls)) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ schemaname: string; tablename: string }>(
        `SELECT schemaname, tablename FROM pg_tables
          WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
      );
      for (const { schemaname, tablename } of tables.rows) {
        if (WRITTEN_BY_READS.test(tablename)) continue;
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "${schemaname}"."${tablename}"`,
        );
        counts[`${subgraph}.${schemaname}.${tablename}`] = rows[0]!.n;
      }
    } finally {
      await client.end();
    }
  }
  return counts;
}
