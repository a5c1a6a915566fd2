import { isTestRun } from '../env';
import type { Logger, QueryRunner } from 'typeorm';
import { SIGNED_REQUEST_IDS } from '../auth/signed-request-ids';

/**
 * typeorm logger that counts every SQL statement sent, so tests can prove a request costs a constant number
 * of statements (no N+1). Failed statements are logged to stderr without their parameters (personal data).
 * The one statement per request that records its signed request id (signed-request-ids.ts) is the transport's,
 * not the operation's: it is counted apart, in `requestIds`.
 */
export class QueryCounter implements Logger {
  count = 0;
  requestIds = 0;
  statements: string[] = [];
  constructor(private readonly keep = false) {}

  reset(): void {
    this.count = 0;
    this.requestIds = 0;
    this.statements = [];
  }
  logQuery(query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    if ((queryRunner?.data as { purpose?: string } | undefined)?.purpose === SIGNED_REQUEST_IDS) {
      this.requestIds += 1;
      return;
    }
    this.count += 1;
    if (this.keep) this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(
      `SQL failed: ${error instanceof Error ? error.message : error}\n  in: ${query.slice(0, 500)}`,
    );
  }
  logQuerySlow(time: number, query: string): void {
    console.warn(`Slow SQL (${time} ms): ${query.slice(0, 300)}`);
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (!isTestRun()) console.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
