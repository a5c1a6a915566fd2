import express, { type Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageHeaders } from './page-headers';

/**
 * What the dashboard asks the identity provider for: who the person is (`profile`: name, org, units, roles). Not
 * `offline_access`: the refresh token the page renews with must end with the person's sign-in (Keycloak, for one,
 * would hand out an offline token that outlives signing out); the development provider issues it without.
 */
export const SIGN_IN_SCOPE = 'openid profile';
/** The resource indicator (RFC 8707) the provider issues the hub's access tokens for. */
export const HUB_RESOURCE = 'urn:chung-tay:hub';

export interface DashboardOptions {
  /** The dashboard's built files (`dashboard/dist`). */
  dir: string;
  /** Where people sign in (OIDC_ISSUER, DASHBOARD_CLIENT_ID); without it the page can only say sign-in is not set up. */
  signIn?: { issuer: string; clientId: string };
}

/** What GET /dashboard/sign-in.json answers: the settings the page gives oidc-client-ts. */
export interface SignInSettings {
  issuer: string;
  clientId: string;
  scope: string;
  resource: string;
}

/**
 * The page talks to the provider itself (discovery, code exchange, renewal, end of session): the content security
 * policy lets it reach exactly the issuer's origin, nothing wider.
 */
const providerOrigins = (options: DashboardOptions) =>
  options.signIn ? [new URL(options.signIn.issuer).origin] : [];

/** The dashboard's static files at /dashboard/ (hashed assets cached for a year, index.html never). */
export function dashboardRouter(options: DashboardOptions): Router {
  const router = express.Router();
  router.get('/dashboard/sign-in.json', (_req, res) => {
    res.set('cache-control', 'no-store');
    if (!options.signIn) {
      res.status(503).json({ error: 'Sign-in is not set up on this hub: set OIDC_ISSUER on the gateway.' });
      return;
    }
    const settings: SignInSettings = {
      issuer: options.signIn.issuer,
      clientId: options.signIn.clientId,
      scope: SIGN_IN_SCOPE,
      resource: HUB_RESOURCE,
    };
    res.json(settings);
  });
  const provider = providerOrigins(options);
  // The page talks to the provider itself, and nothing else beyond this gateway.
  router.use(
    '/dashboard',
    pageHeaders({
      'connect-src': ["'self'", ...provider],
      'form-action': ["'self'", ...provider],
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
