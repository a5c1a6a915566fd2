import express from 'express';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { explorerRouter } from '../explorer';

let server: Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(explorerRouter('/graphql', { issuer: 'http://127.0.0.1:4010', clientId: 'chung-tay-dashboard' }));
  app.use('/graphql', (_req, res) => res.json({ data: { served: 'graphql' } }));
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((r) => server.close(r)));

const openPage = () => fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });

/** The policy as directive → sources. */
const policyOf = (header: string | null) =>
  new Map(
    (header ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );

describe("the explorer page (GET /graphql, text/html), which reads the person's session", () => {
  it("runs only this gateway's scripts and its own inline script, talks only to the gateway, is never framed", async () => {
    const page = await openPage();
    expect(page.status).toBe(200);
    const html = await page.text();
    const policy = policyOf(page.headers.get('content-security-policy'));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
    const scripts = policy.get('script-src')!;
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe("'self'");
    const nonce = /^'nonce-([A-Za-z0-9+/=]{20,})'$/.exec(scripts[1]!)?.[1];
    expect(nonce).toBeDefined();
    // Every inline script carries the nonce; the others come from /explorer/.
    const tags = html.match(/<script[^>]*>/g)!;
    expect(tags.filter((t) => !/ src="\/explorer\//.test(t))).toEqual([`<script nonce="${nonce}">`]);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('gives each answer a new nonce', async () => {
    const nonces = await Promise.all(
      [1, 2].map(
        async () => /'nonce-([^']+)'/.exec((await openPage()).headers.get('content-security-policy')!)?.[1],
      ),
    );
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('leaves GraphQL requests to the GraphQL endpoint', async () => {
    const answer = await fetch(`${base}/graphql`, { headers: { accept: 'application/json' } });
    expect(await answer.json()).toEqual({ data: { served: 'graphql' } });
  });
});
