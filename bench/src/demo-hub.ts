import { signToken, type OrganisationId, type Role } from '@chung-tay/common';
import { startHub, type RunningHub } from '@chung-tay/hub';

/** A hub started as `npm start` would, on loopback with its demo data, plus tokens for province 75. */
export interface DemoHub {
  hub: RunningHub;
  /** The gateway's /graphql on 127.0.0.1. */
  url: string;
  token(org: OrganisationId, roles: Role[]): Promise<string>;
}

/** Starts the demo hub in `dataDir` on free ports (the fault run and the costliest-request search share it). */
export async function startDemoHub(dataDir: string): Promise<DemoHub> {
  const hub = await startHub({
    dataDir,
    gatewayPort: 0,
    randomSubgraphPorts: true,
    demoData: true,
    stdio: 'pipe',
    env: { GATEWAY_HOST: '127.0.0.1', NODE_ENV: 'development' },
  });
  const settings = { JWT_SECRET: hub.jwtSecret, JWT_ISSUER: 'chung-tay', JWT_AUDIENCE: 'chung-tay-hub' };
  return {
    hub,
    url: hub.gatewayUrl.replace('localhost', '127.0.0.1'),
    token: (org, roles) => signToken({ org, units: ['75'], roles }, settings),
  };
}
