import {
  ORGANISATION_NAMES,
  ORGANISATIONS,
  signToken,
  type OrganisationId,
  type Role,
  type TokenSettings,
} from '@chung-tay/common';
import express, { type Router } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface DashboardOptions {
  /** The dashboard's built files (`dashboard/dist`). */
  dir: string;
  /**
   * Development only: hand out signed demo tokens for this unit, one per organisation and role, so the sign-in page
   * can offer them. Answered to loopback callers only; never set in production (the gateway refuses to start).
   */
  demoTokens?: {
    unitCode: string;
    settings: Pick<TokenSettings, 'JWT_ISSUER' | 'JWT_AUDIENCE'> & { JWT_SECRET: string };
  };
}

export interface DemoToken {
  org: OrganisationId;
  role: Role;
  name: { vi: string; en: string };
  token: string;
}

const DEMO_ROLES: Role[] = ['viewer', 'officer'];

export async function demoTokens(options: NonNullable<DashboardOptions['demoTokens']>): Promise<DemoToken[]> {
  return Promise.all(
    ORGANISATIONS.flatMap((org) =>
      DEMO_ROLES.map(async (role) => ({
        org,
        role,
        name: ORGANISATION_NAMES[org],
        // As long as the hub accepts (JWT_MAX_LIFETIME), no longer.
        token: await signToken({ org, units: [options.unitCode], roles: [role] }, options.settings),
      })),
    ),
  );
}

export const isLoopback = (address: string | undefined) =>
  !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * A request from this machine's own browser: a loopback peer, addressed as localhost (so a page from elsewhere
 * cannot reach it by DNS rebinding), and not relayed by a proxy (which would make every caller look local).
 */
export function isFromThisMachine(req: express.Request): boolean {
  return (
    isLoopback(req.socket.remoteAddress) &&
    LOCAL_HOSTS.test(req.headers.host ?? '') &&
    !req.headers['x-forwarded-for'] &&
    !req.headers.forwarded
  );
}

/** The dashboard's static files at /dashboard/ (hashed assets cached for a year, index.html never). */
export function dashboardRouter(options: DashboardOptions): Router {
  const router = express.Router();
  router.get('/dashboard/demo-tokens.json', async (req, res, next) => {
    if (!options.demoTokens || !isFromThisMachine(req)) return next();
    try {
      res.set('cache-control', 'no-store');
      res.json({ unitCode: options.demoTokens.unitCode, tokens: await demoTokens(options.demoTokens) });
    } catch (error) {
      next(error);
    }
  });
  // Everything the page loads comes from this gateway (no CDN on closed networks); nothing may frame it.
  router.use(
    '/dashboard',
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': ["'self'", 'data:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'frame-ancestors': ["'none'"],
          // Offices reach the hub over plain HTTP on closed networks: never send the browser to https.
          'upgrade-insecure-requests': null,
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  router.get('/dashboard', (req, res, next) =>
    req.path === '/dashboard' ? res.redirect(301, '/dashboard/') : next(),
  );
  if (!existsSync(join(options.dir, 'index.html'))) {
    router.use('/dashboard', (_req, res) => {
      res
        .status(503)
        .type('text/plain')
        .send(`The dashboard is not built: run "npm run build" (looked for ${options.dir}/index.html).`);
    });
    return router;
  }
  router.use(
    '/dashboard/assets',
    express.static(join(options.dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(
    '/dashboard',
    express.static(options.dir, {
      setHeaders: (res, path) => {
        if (path.endsWith('.html')) res.setHeader('cache-control', 'no-cache');
      },
    }),
  );
  router.use('/dashboard', (_req, res) => res.status(404).type('text/plain').send('Not found'));
  return router;
}
