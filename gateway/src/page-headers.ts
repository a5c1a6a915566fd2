import type { Response, RequestHandler } from 'express';
import helmet from 'helmet';
import type { ServerResponse } from 'node:http';

type Directives = NonNullable<
  Exclude<Parameters<typeof helmet>[0], undefined>['contentSecurityPolicy'] & object
>['directives'];

/**
 * The security headers of the gateway's pages (the dashboard, the explorer), which hold the person's session:
 * everything they load comes from this gateway (no CDN on closed networks), nothing may frame them, no address
 * leaves in a Referer, and the browser is never sent to https (offices reach the hub over plain HTTP on closed
 * networks). `directives` adds to or replaces helmet's defaults.
 */
export function pageHeaders(directives: Directives = {}): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'upgrade-insecure-requests': null,
        ...directives,
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
}

/** The script-src source for the nonce a route put in `res.locals.cspNonce` (new for each answer). */
export const nonceSource = (_req: unknown, res: ServerResponse) =>
  `'nonce-${(res as Response).locals.cspNonce as string}'`;
