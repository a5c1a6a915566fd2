import { ORGANISATION_NAMES, type OrganisationId } from '@chung-tay/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The code of an error that says one organisation's subgraph could not be reached. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE';

/** HTTP statuses a proxy or an overloaded server answers with when the service behind it is not there. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

/**
 * Network failures of a request (node:net, undici): refused, reset, timed out, DNS, socket closed, aborted.
 * Anything else (a bug, a bad answer the gateway read wrongly) stays as it was.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_ABORTED',
]);

/** "The Labour Union" — the organisation's English name as a sentence reads it. */
function organisationName(subgraph: string): string {
  const name = ORGANISATION_NAMES[subgraph as OrganisationId]?.en;
  if (!name) return `The ${subgraph}`;
  return name.startsWith('The ') ? name : `The ${name}`;
}

/**
 * The error an answer carries for the fields of a subgraph the gateway could not reach: it names the
 * organisation, so a caller (a dashboard) can say whose figures are missing and show the rest.
 */
export function subgraphUnavailableError(
  subgraph: string,
  options: { path?: readonly (string | number)[]; cause?: unknown } = {},
): GraphQLError {
  return new GraphQLError(
    `${organisationName(subgraph)}'s service (${subgraph}) is unavailable; its fields are missing from this answer`,
    {
      path: options.path,
      originalError: options.cause instanceof Error ? options.cause : undefined,
      extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph, organisation: subgraph },
    },
  );
}

/** The code of an error that says one organisation's service refused the gateway's request without saying why. */
export const SUBGRAPH_REFUSED = 'SUBGRAPH_REFUSED';

/**
 * The error for a 4xx answer that carries no GraphQL error code (a proxy's 413, a framework's bare 400): the
 * organisation is named, and the subgraph's URL, status and body stay on the gateway's console — Apollo's default
 * error would hand all three to the caller in `extensions.response`.
 */
export function subgraphRefusedError(subgraph: string): GraphQLError {
  return new GraphQLError(
    `${organisationName(subgraph)}'s service (${subgraph}) refused this request; its fields are missing from this answer`,
    { extensions: { code: SUBGRAPH_REFUSED, subgraph, organisation: subgraph } },
  );
}

/** The gateway's own errors about one organisation's service, which the caller sees as they are (plus a path). */
const ORGANISATION_ERROR_CODES = new Set([SUBGRAPH_UNAVAILABLE, SUBGRAPH_REFUSED]);

export const isSubgraphUnavailable = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && error.extensions?.code === SUBGRAPH_UNAVAILABLE;

export const isOrganisationError = (error: unknown): error is GraphQLError =>
  error instanceof GraphQLError && ORGANISATION_ERROR_CODES.has(error.extensions?.code as string);

/**
 * Whether a status without a GraphQL error code is the subgraph refusing this request (4xx) rather than failing
 * (5xx, or an answer that is not JSON). A 401 is a refusal of the gateway's assertion, handled as unavailable below.
 */
export const isRefusedRequest = (status: number): boolean =>
  status >= 400 && status < 500 && !REFUSAL_STATUSES.has(status);

/** Whether an HTTP answer of a subgraph means the service is not there (a proxy's 502/503/504, or not JSON). */
export function isUnavailableAnswer(status: number, contentType: string | null): boolean {
  if (UNAVAILABLE_STATUSES.has(status)) return true;
  return !/^application\/(graphql-response\+)?json\b/.test(contentType ?? '');
}

/** Whether a thrown error is the network failing (refused, reset, timed out …) rather than a bug. */
export function isNetworkFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth += 1) {
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (name === 'AbortError' || name === 'TimeoutError') return true;
    // RemoteGraphQLDataSource's own complaint about an answer that is not a JSON object.
    if (typeof message === 'string' && message.startsWith('Expected JSON response body')) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The path of the part of the answer a subgraph request was to fill: where an entity fetch's fields were to go
 * (`['household']`), cut before the first list (`@` in the query plan's paths); none for a root fetch.
 */
export function errorPath(pathInRequest: readonly (string | number)[] | undefined) {
  if (!pathInRequest?.length) return undefined;
  const at = pathInRequest.indexOf('@');
  const path = at < 0 ? pathInRequest : pathInRequest.slice(0, at);
  return path.length ? [...path] : undefined;
}

/**
 * How a subgraph says it refused the gateway's assertion (kit gateway-assertion.ts): HTTP 401, or an error coded
 * UNAUTHENTICATED. The gateway verified the caller already, so this is never the caller's session ending — only the
 * gateway's own 401 means that. One organisation's subgraph (broken, mid key rotation, or hostile) must not sign
 * every official out, nor word a "sign in again" message the caller would trust: its refusal is that organisation
 * being unavailable for this request.
 */
const REFUSAL_STATUSES = new Set([401]);
const REFUSAL_CODES = new Set(['UNAUTHENTICATED']);

export const isRefusalOfTheGateway = (status: number | undefined, code: unknown): boolean =>
  (status !== undefined && REFUSAL_STATUSES.has(status)) ||
  (typeof code === 'string' && REFUSAL_CODES.has(code));

/** A subgraph's reason for the gateway's console: one line, short (it is the subgraph's text, not ours). */
const shortReason = (reason: unknown): string =>
  (typeof reason === 'string'
    ? reason
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim()
        .slice(0, 200)
    : '') || 'no reason given';

export function logRefusal(subgraph: string, status: number, reason: unknown) {
  console.warn(
    `[gateway] ${subgraph} refused the gateway's assertion (HTTP ${status}): ${shortReason(reason)}`,
  );
}

/** An answer without a GraphQL error code, for the operators: the caller only learns which organisation failed. */
export function logAnswerWithoutCode(subgraph: string, status: number, reason: unknown) {
  console.warn(`[gateway] ${subgraph} answered HTTP ${status} without an error code: ${shortReason(reason)}`);
}

/**
 * What one subgraph answer's errors may bring to callers: enough to say what went wrong, never a flood (a broken or
 * hostile subgraph's thousands of errors or megabyte messages would be relayed to every caller, and held meanwhile).
 */
export const MAX_SUBGRAPH_ERRORS = 50;
export const MAX_SUBGRAPH_ERROR_MESSAGE = 1000;

/**
 * A subgraph's errors (in an answer of 200) as the caller may see them: at most MAX_SUBGRAPH_ERRORS, each message
 * cut to MAX_SUBGRAPH_ERROR_MESSAGE characters; a refusal of the gateway becomes the organisation being
 * unavailable, and no error keeps `extensions.http` — Apollo Server would make it the status of the gateway's whole
 * answer, so one subgraph could turn everybody's partial answer into a 401.
 */
export function callerFacingErrors(
  subgraph: string,
  errors: readonly GraphQLFormattedError[],
): GraphQLFormattedError[] {
  return errors.slice(0, MAX_SUBGRAPH_ERRORS).map((whole) => {
    const error =
      typeof whole.message === 'string' && whole.message.length > MAX_SUBGRAPH_ERROR_MESSAGE
        ? { ...whole, message: whole.message.slice(0, MAX_SUBGRAPH_ERROR_MESSAGE) }
        : whole;
    const { http, ...extensions } = error.extensions ?? {};
    if (!isRefusalOfTheGateway(undefined, extensions.code)) {
      return http === undefined ? error : { ...error, extensions };
    }
    logRefusal(subgraph, 200, error.message);
    const unavailable = subgraphUnavailableError(subgraph);
    return { message: unavailable.message, path: error.path, extensions: { ...unavailable.extensions } };
  });
}

/**
 * A subgraph answer longer than GATEWAY_MAX_SUBGRAPH_ANSWER_BYTES: the gateway stops reading it and the organisation
 * is unavailable for this request. Pages are bounded, so an honest answer is far smaller; a bigger one (broken or
 * hostile) would otherwise be held whole, parsed and relayed, several at once, until the gateway ran out of heap.
 */
export class SubgraphAnswerTooLarge extends Error {
  readonly code = 'SUBGRAPH_ANSWER_TOO_LARGE';
  constructor(
    readonly subgraph: string,
    readonly maxBytes: number,
  ) {
    super(`${subgraph}'s answer is longer than ${maxBytes} bytes (GATEWAY_MAX_SUBGRAPH_ANSWER_BYTES)`);
  }
}

export function logAnswerTooLarge(error: SubgraphAnswerTooLarge) {
  console.warn(`[gateway] ${error.message}: stopped reading it; its fields are missing from the answer`);
}
