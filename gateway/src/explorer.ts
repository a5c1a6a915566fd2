import express, { type Router } from 'express';
import { dirname, join } from 'node:path';

const packageFile = (pkg: string, file: string) =>
  join(dirname(require.resolve(`${pkg}/package.json`)), file);

const ASSETS: Record<string, string> = {
  'react.js': packageFile('react', 'umd/react.production.min.js'),
  'react-dom.js': packageFile('react-dom', 'umd/react-dom.production.min.js'),
  'graphiql.js': packageFile('graphiql', 'graphiql.min.js'),
  'graphiql.css': packageFile('graphiql', 'graphiql.min.css'),
};

const EXAMPLE = `# Chung Tay — one graph of households, programmes, loans and reports.
# Put your token in the Headers tab: {"Authorization": "Bearer <token>"} (npm start prints one per organisation).

query PoorHouseholdsOfAProvince {
  households(filter: { unitCode: "75", status: [POOR] }, first: 10) {
    totalCount
    nodes { code status poorCategory unit { name } head { fullName } latestAssessment { reviewYear classification } }
  }
}
`;

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
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(EXAMPLE)},
        defaultHeaders: JSON.stringify({ Authorization: 'Bearer <paste a token>' }, null, 2),
        headerEditorEnabled: true,
        shouldPersistHeaders: true,
      }),
    );
  </script>
</body>
</html>`;
}
