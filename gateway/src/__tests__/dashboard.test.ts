import { createTokenVerifier, parseEnv } from '@chung-tay/common';
import { testGatewayKeysFile } from '@chung-tay/common/testing';
import express from 'express';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dashboardRouter, isLoopback, type DashboardOptions } from '../dashboard';
import { gatewayEnv } from '../env';

const settings = { JWT_SECRET: 's'.repeat(32), JWT_ISSUER: 'chung-tay', JWT_AUDIENCE: 'chung-tay-hub' };

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

  it('offers no demo tokens unless configured', async () => {
    running = await serve({ dir: builtDashboard() });
    expect((await fetch(`${running.url}/dashboard/demo-tokens.json`)).status).toBe(404);
  });

  it('offers a viewer and an officer token per organisation for the demo unit, which the hub accepts', async () => {
    running = await serve({ dir: builtDashboard(), demoTokens: { unitCode: '75', settings } });
    const answer = await fetch(`${running.url}/dashboard/demo-tokens.json`);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const body = (await answer.json()) as {
      unitCode: string;
      tokens: { org: string; role: string; token: string }[];
    };
    expect(body.unitCode).toBe('75');
    expect(body.tokens.map((t) => `${t.org}/${t.role}`)).toHaveLength(10);
    const verify = createTokenVerifier(settings);
    const fatherlandOfficer = body.tokens.find((t) => t.org === 'fatherland-front' && t.role === 'officer')!;
    await expect(verify(`Bearer ${fatherlandOfficer.token}`)).resolves.toMatchObject({
      org: 'fatherland-front',
      units: ['75'],
      roles: ['officer'],
    });
  });

  it('refuses demo tokens to a request relayed by a proxy or addressed by another name', async () => {
    running = await serve({ dir: builtDashboard(), demoTokens: { unitCode: '75', settings } });
    const url = `${running.url}/dashboard/demo-tokens.json`;
    expect((await fetch(url, { headers: { 'x-forwarded-for': '10.0.0.7' } })).status).toBe(404);
    expect((await fetch(url, { headers: { forwarded: 'for=10.0.0.7' } })).status).toBe(404);
    // fetch() will not send another Host header; a plain HTTP request does, as a rebound DNS name would.
    const statusWithHost = (host: string) =>
      new Promise<number>((resolve, reject) =>
        get(url, { headers: { host } }, (res) => resolve(res.resume().statusCode!)).on('error', reject),
      );
    expect(await statusWithHost('attacker.example')).toBe(404);
    expect(await statusWithHost('localhost:4000')).toBe(200);
  });

  it('answers demo tokens to loopback callers only', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true]);
    expect(['10.0.0.7', '::ffff:192.168.1.2', undefined].map(isLoopback)).toEqual([false, false, false]);
  });

  it('refuses demo tokens in production', () => {
    expect(() =>
      parseEnv(gatewayEnv, {
        NODE_ENV: 'production',
        GATEWAY_DEMO_TOKENS_UNIT: '75',
        JWT_SECRET: 's'.repeat(32),
        GATEWAY_SIGNING_KEYS_FILE: testGatewayKeysFile(),
      }),
    ).toThrow(/GATEWAY_DEMO_TOKENS_UNIT: demo tokens are for development/);
  });
});
