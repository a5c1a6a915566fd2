import express from 'express';

/**
 * The body handling of POST /graphql: a request that is not a JSON object with a query gets a 4xx naming what is
 * wrong, in GraphQL's error shape, before anything else looks at it. Bodies over the limit (413) are answered by
 * the server's `bodyErrors`.
 */
export function graphqlBody(maxBodyBytes: number): (express.RequestHandler | express.ErrorRequestHandler)[] {
  return [requireJson, express.json({ limit: maxBodyBytes }), notJsonObject, requireBody];
}

/**
 * Parse options for Apollo Server: GraphQL's own token limit. A query over it, like any syntax error, is then a
 * 400 GRAPHQL_PARSE_FAILED; graphql-armor's maxTokens plugin parses in a hook where any syntax error (not only an
 * over-long query) became a 500.
 */
export const tokenLimit = (maxTokens: number) => ({ maxTokens });

const refuse = (res: express.Response, status: number, message: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

const SHAPE = 'a JSON object such as {"query": "{ … }", "variables": {}}';

/** A POST in another content type (text/plain, a form) would be read as no body at all. */
const requireJson: express.RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  refuse(
    res,
    415,
    `POST /graphql takes Content-Type: application/json, not ${req.headers['content-type'] ?? 'none'}; send ${SHAPE}`,
  );
};

/** JSON that does not parse, and JSON that parses but is not an object (a string, a number, null). */
const notJsonObject: express.ErrorRequestHandler = (error, _req, res, next) => {
  const { type, body } = error as { type?: string; body?: unknown };
  if (type !== 'entity.parse.failed') return next(error);
  let parses = false;
  try {
    JSON.parse(String(body));
    parses = true;
  } catch {
    // not JSON at all
  }
  refuse(
    res,
    400,
    parses ? `The request body must be ${SHAPE}` : `The request body is not valid JSON; send ${SHAPE}`,
  );
};

const requireBody: express.RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const body: unknown = req.body;
  if (body && typeof body === 'object' && Object.keys(body).length > 0) return next();
  refuse(res, 400, `The request body is empty; send ${SHAPE}`);
};
