// The hub runs on closed government networks: never report usage anywhere.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

import { readEnvOrExit } from '@chung-tay/common';
import { gatewayEnv, subgraphUrlOverrides } from './env';
import { startGateway } from './server';

async function main() {
  const env = readEnvOrExit(gatewayEnv);
  const gateway = await startGateway({
    supergraphPath: env.SUPERGRAPH_PATH,
    subgraphUrls: subgraphUrlOverrides(env),
    port: env.GATEWAY_PORT,
    host: env.GATEWAY_HOST,
    production: env.NODE_ENV === 'production',
  });
  console.log(`[gateway] listening on ${gateway.url}`);
  process.send?.({ type: 'ready', name: 'gateway', url: gateway.url });
  const stop = () => gateway.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error('[gateway] failed to start:', error);
  process.exit(1);
});
