import express, { type Router } from 'express';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { todayInVietnam } from '@chung-tay/common';
import { explorerExamples } from './explorer-examples';
import { nonceSource, pageHeaders } from './page-headers';

const packageFile = (pkg: string, file: string) =>
  join(dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
};

/**
 * Where oidc-client-ts keeps the dashboard's signed-in user in sessionStorage (its default store and key): the
 * explorer, on the same origin and in the same tab, sends that user's access with every request.
 */
export const dashboardUserKey = (signIn: { issuer: string; clientId: string }) =>
  `oidc.user:${signIn.issuer}:${signIn.clientId}`;

/** GraphiQL served from this gateway's own files (no CDN): the hub runs on closed networks. */
export function explorerRouter(graphqlPath: string, signIn?: { issuer: string; clientId: string }): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/explorer/${name}`, (_req, res) => {
      res.sendFile(file, { maxAge: '1d' });
    });
  }
  // The page reads the person's session (sessionStorage): only this gateway's scripts and the page's own inline
  // script (its nonce, new for each answer) may run, it talks only to this gateway, and is never framed or kept.
  router.get(
    graphqlPath,
    (req, res, next) => {
      if (!req.accepts('text/html') || req.query.query) return next('route');
      res.locals.cspNonce = randomBytes(16).toString('base64');
      next();
    },
    pageHeaders({ 'script-src': ["'self'", nonceSource] }),
    (_req, res) => {
      res
        .set('cache-control', 'no-store')
        .type('html')
        .send(explorerPage(graphqlPath, signIn ? dashboardUserKey(signIn) : null, res.locals.cspNonce));
    },
  );
  return router;
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function explorerPage(graphqlPath: string, userKey: string | null, nonce: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <title>Chung Tay — GraphQL explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.css" />
  <style>
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; }
    #explorer { flex: 1; min-height: 0; }
    #sign-in { margin: 0; padding: 0.5rem 1rem; background: #fff4d6; font-family: system-ui, sans-serif; }
  </style>
</head>
<body>
  <p id="sign-in" data-testid="explorer-sign-in" hidden>
    Chưa đăng nhập (Not signed in): <a href="/dashboard/">đăng nhập trên trang Chung Tay (sign in on the dashboard)</a>, rồi quay lại đây.
  </p>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/react.js"></script>
  <script src="/explorer/react-dom.js"></script>
  <script src="/explorer/graphiql.js"></script>
  <script nonce="${nonce}">
    // The person signed in on /dashboard/ (same origin, same tab): read from the dashboard's session each time, so
    // a session the dashboard renewed is used at once. The Headers tab may name another Authorization instead.
    const USER_KEY = ${scriptJson(userKey)};
    const signedIn = () => {
      try {
        const user = USER_KEY && JSON.parse(sessionStorage.getItem(USER_KEY) || 'null');
        return user && user.access_token && !(user.expires_at * 1000 <= Date.now()) ? user.access_token : null;
      } catch {
        return null;
      }
    };
    document.getElementById('sign-in').hidden = !!signedIn();
    const headers = JSON.stringify({ Authorization: 'Bearer <signed in on /dashboard/>' }, null, 2);
    const examples = ${scriptJson(explorerExamples(todayInVietnam()).map((e) => ({ query: e.query, variables: JSON.stringify(e.variables, null, 2) })))};
    const base = GraphiQL.createFetcher({ url: ${scriptJson(graphqlPath)} });
    const fetcher = (params, options = {}) => {
      const given = options.headers || {};
      const named = Object.keys(given).some((name) => name.toLowerCase() === 'authorization' && !/<.*>/.test(given[name]));
      const current = signedIn();
      document.getElementById('sign-in').hidden = named || !!current;
      return base(params, { ...options, headers: named || !current ? given : { ...given, Authorization: 'Bearer ' + current } });
    };
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: examples.map((tab) => ({ ...tab, headers })),
        defaultHeaders: headers,
        headerEditorEnabled: true,
      }),
    );
  </script>
</body>
</html>`;
}
