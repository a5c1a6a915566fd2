/** Today's date in Vietnam (UTC+7, no daylight saving), as an ISO date. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** PostgreSQL unique_violation, for turning a lost race on a unique key into a CONFLICT error. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string })?.code === '23505';
