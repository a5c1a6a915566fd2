import type express from 'express';
import type { DataSource } from 'typeorm';
import { ASSERTION_HEADER, type AssertedCaller, type AssertionVerifier } from '../auth/gateway-assertion';
import { signedRequestIds } from '../auth/signed-request-ids';
import { DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE } from '../errors';

type RawBodyRequest = express.Request & { rawBody?: Buffer };
/** The request as it leaves gatewayOnly: the caller the gateway's assertion speaks for. */
export type AssertedRequest = express.Request & { caller?: AssertedCaller };

export const ALREADY_USED =
  "This request's assertion was already used: the gateway makes each one for one request; send a new request through the gateway";

const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Lets through only requests carrying the gateway's assertion for this subgraph and this exact request, each
 * once (gateway-assertion.ts), and puts the caller it speaks for on `req.caller`: anything else is answered 401
 * before any resolver runs. The Authorization header is never read. Needs the raw body on `req.rawBody`.
 */
export async function gatewayOnly(options: {
  verify: AssertionVerifier;
  dataSource: DataSource;
}): Promise<express.RequestHandler & { stop(): void }> {
  const ids = signedRequestIds(options.dataSource);
  await ids.purge();
  const handler: express.RequestHandler = async (req, res, next) => {
    const check = await options.verify(req.headers[ASSERTION_HEADER], {
      method: req.method,
      path: req.originalUrl,
      body: (req as RawBodyRequest).rawBody ?? '',
    });
    if (!check.ok) return void res.status(401).json(refusal(check.problem, 'UNAUTHENTICATED'));
    let first: boolean;
    try {
      first = await ids.firstUse(check.assertion.jti, check.assertion.expires);
    } catch {
      // Unchecked, the request could be a replay: refuse it as any request is refused while the database is
      // unavailable (DATABASE_UNAVAILABLE, worth trying again shortly; the gateway names the organisation).
      return void res.status(503).json(refusal(DATABASE_UNAVAILABLE_MESSAGE, DATABASE_UNAVAILABLE));
    }
    if (!first) return void res.status(401).json(refusal(ALREADY_USED, 'UNAUTHENTICATED'));
    (req as AssertedRequest).caller = check.assertion.caller;
    next();
  };
  return Object.assign(handler, { stop: () => ids.stop() });
}
