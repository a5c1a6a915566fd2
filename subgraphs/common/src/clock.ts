/** Today's date in Vietnam (UTC+7, no daylight saving), as an ISO date; the dashboard counts days the same way. */
export { todayInVietnam } from '@chung-tay/vocabulary';

/** PostgreSQL unique_violation, for turning a lost race on a unique key into a CONFLICT error. */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string })?.code === '23505';
