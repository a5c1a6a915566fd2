import type { Logger, QueryRunner } from 'typeorm';

/**
 * typeorm logger that counts every SQL statement sent, so tests can prove a request costs a constant number
 * of statements (no N+1). Failed statements are logged to stderr without their parameters (personal data).
 */
export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];
  constructor(private readonly keep = false) {}

  reset(): void {
    this.count = 0;
    this.statements = [];
  }
  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
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
    if (process.env.NODE_ENV !== 'test') console.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
