import type { GraphQLErrorLike } from './graph';

/**
 * Whether the gateway refused the person's session, and why: only the gateway's own HTTP 401 says so (its check of
 * the person's access). An error coded UNAUTHENTICATED inside an answer is not: one organisation's service could
 * put it among its own errors, and must not be able to sign everybody out. The gateway names such a service as
 * unavailable instead (see "When an organisation's service is down" in the README).
 */
export function sessionRefusal(
  status: number,
  body: { errors?: readonly GraphQLErrorLike[] } | null,
): string | null {
  if (status !== 401) return null;
  return body?.errors?.[0]?.message ?? `HTTP ${status}`;
}
