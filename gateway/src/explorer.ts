import express, { type Router } from 'express';
import { dirname, join } from 'node:path';
import { todayInVietnam } from '@chung-tay/common';
import { explorerExamples } from './explorer-examples';

const packageFile = (pkg: string, file: string) =>
  join(dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
};

/** GraphiQL served from this gateway's own files (no CDN): the hub runs on closed networks. */
export function explorerRouter(graphqlPath: string): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(ASSETS)) {
    router.get(`/explorer/${name}`, (_req, res) => {
      res.sendFile(file, { maxAge: '1d' });
    });
  }
  router.get(graphqlPath, (req, res, next) => {
    if (!req.accepts('text/html') || req.query.query) return next();
    res.type('html').send(explorerPage(graphqlPath));
  });
  return router;
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function explorerPage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <title>Chung Tay — GraphQL explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.css" />
  <style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/react.js"></script>
  <script src="/explorer/react-dom.js"></script>
  <script src="/explorer/graphiql.js"></script>
  <script>
    // The token chosen on /dashboard/ (same origin, same tab) signs every request unless the Headers tab sets one.
    const TOKEN_KEY = 'chung-tay.token';
    const token = sessionStorage.getItem(TOKEN_KEY);
    const headers = JSON.stringify({ Authorization: token ? 'Bearer ' + token : 'Bearer <sign in on /dashboard/ or paste a token>' }, null, 2);
    const examples = ${scriptJson(explorerExamples(todayInVietnam()).map((e) => ({ query: e.query, variables: JSON.stringify(e.variables, null, 2) })))};
    const base = GraphiQL.createFetcher({ url: ${scriptJson(graphqlPath)} });
    const fetcher = (params, options = {}) => {
      const given = options.headers || {};
      const named = Object.keys(given).some((name) => name.toLowerCase() === 'authorization' && !/<.*>/.test(given[name]));
      const current = sessionStorage.getItem(TOKEN_KEY);
      return base(params, { ...options, headers: named || !current ? given : { ...given, Authorization: 'Bearer ' + current } });
    };
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultTabs: examples.map((tab) => ({ ...tab, headers })),
        headers: token ? headers : undefined,
        defaultHeaders: headers,
        headerEditorEnabled: true,
      }),
    );
  </script>
</body>
</html>`;
}
