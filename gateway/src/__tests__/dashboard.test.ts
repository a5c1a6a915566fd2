import express from 'express';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardRouter, type DashboardOptions } from '../dashboard';
import { gatewayEnv } from '../env';

async function serve(options: DashboardOptions): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(dashboardRouter(options));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function builtDashboard(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Chung Tay</title>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  return dir;
}

describe('the dashboard at /dashboard/', () => {
  let running: { url: string; server: Server } | undefined;
  afterEach(() => running?.server.close());

  it('serves the built page uncached and hashed assets for a year', async () => {
    running = await serve({ dir: builtDashboard() });
    const page = await fetch(`${running.url}/dashboard/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Chung Tay</title>');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'.*script-src 'self';/);
    expect(page.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(page.headers.get('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
    const asset = await fetch(`${running.url}/dashboard/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${running.url}/dashboard/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${running.url}/dashboard`, { redirect: 'manual' })).headers.get('location')).toBe(
      '/dashboard/',
    );
  });

  it('says how to build it when it is not built', async () => {
    running = await serve({ dir: join(tmpdir(), 'no-such-dashboard') });
    const answer = await fetch(`${running.url}/dashboard/`);
    expect(answer.status).toBe(503);
    expect(await answer.text()).toMatch(/not built: run "npm run build"/);
  });

  it('tells the page where people sign in, never cached', async () => {
    running = await serve({
      dir: builtDashboard(),
      signIn: { issuer: 'https://id.example.gov.vn/realms/chung-tay', clientId: 'chung-tay-dashboard' },
    });
    const answer = await fetch(`${running.url}/dashboard/sign-in.json`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(await answer.json()).toEqual({
      issuer: 'https://id.example.gov.vn/realms/chung-tay',
      clientId: 'chung-tay-dashboard',
      scope: 'openid profile',
      resource: 'urn:chung-tay:hub',
    });
  });

  it('says sign-in is not set up when the gateway has no issuer', async () => {
    running = await serve({ dir: builtDashboard() });
    const answer = await fetch(`${running.url}/dashboard/sign-in.json`);
    expect(answer.status).toBe(503);
    expect(await answer.json()).toEqual({ error: expect.stringMatching(/set OIDC_ISSUER/) });
  });

  it("lets the page reach the issuer's origin and nothing wider", async () => {
    const directive = (csp: string, name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    running = await serve({
      dir: builtDashboard(),
      signIn: { issuer: 'https://id.example.gov.vn/realms/chung-tay', clientId: 'chung-tay-dashboard' },
    });
    const withIssuer = (await fetch(`${running.url}/dashboard/`)).headers.get('content-security-policy')!;
    expect(directive(withIssuer, 'connect-src')).toBe("connect-src 'self' https://id.example.gov.vn");
    expect(directive(withIssuer, 'form-action')).toBe("form-action 'self' https://id.example.gov.vn");
    expect(directive(withIssuer, 'frame-src')).toBeUndefined();
    running.server.close();

    running = await serve({ dir: builtDashboard() });
    const without = (await fetch(`${running.url}/dashboard/`)).headers.get('content-security-policy')!;
    expect(directive(without, 'connect-src')).toBe("connect-src 'self'");
    expect(directive(without, 'form-action')).toBe("form-action 'self'");
  });

  it("reads the dashboard's client id from the environment", () => {
    // Only this variable's own rule: the rest of the gateway's environment is another test's concern.
    const clientId = gatewayEnv.shape.DASHBOARD_CLIENT_ID;
    expect(clientId.parse(undefined)).toBe('chung-tay-dashboard');
    expect(clientId.parse('hub-dashboard')).toBe('hub-dashboard');
    expect(clientId.safeParse('').success).toBe(false);
  });
});
