import type express from 'express';
import type { DataSource } from 'typeorm';
import { checkRequestSignature, type RequestSigningKey } from '../auth/request-signature';
import { signedRequestIds } from '../auth/signed-request-ids';
import { DATABASE_UNAVAILABLE, DATABASE_UNAVAILABLE_MESSAGE } from '../errors';

type RawBodyRequest = express.Request & { rawBody?: Buffer };

export const ALREADY_USED =
  'This signed request was already used: the gateway signs each request for one use; send a new request through the gateway';

const refusal = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Lets through only requests the gateway signed for this subgraph, each once (request-signature.ts): anything
 * else is answered 401 before any resolver runs. Needs the raw body on `req.rawBody`.
 */
export async function gatewayOnly(options: {
  subgraph: string;
  key: RequestSigningKey;
  dataSource: DataSource;
}): Promise<express.RequestHandler & { stop(): void }> {
  const ids = signedRequestIds(options.dataSource);
  await ids.purge();
  const handler: express.RequestHandler = async (req, res, next) => {
    const check = checkRequestSignature(options.key, options.subgraph, req.headers, {
      method: req.method,
      path: req.originalUrl,
      body: (req as RawBodyRequest).rawBody ?? '',
      authorization: req.headers.authorization,
    });
    if (!check.ok) return void res.status(401).json(refusal(check.problem, 'UNAUTHENTICATED'));
    let first: boolean;
    try {
      first = await ids.firstUse(check.request.requestId, check.request.signedUntil);
    } catch {
      // Unchecked, the request could be a replay: refuse it as any request is refused while the database is
      // unavailable (DATABASE_UNAVAILABLE, worth trying again shortly; the gateway names the organisation).
      return void res.status(503).json(refusal(DATABASE_UNAVAILABLE_MESSAGE, DATABASE_UNAVAILABLE));
    }
    if (!first) return void res.status(401).json(refusal(ALREADY_USED, 'UNAUTHENTICATED'));
    next();
  };
  return Object.assign(handler, { stop: () => ids.stop() });
}
