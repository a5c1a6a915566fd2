import { assertionSigner, createTokenVerifier, readGatewayKeySet } from '@chung-tay/common';
import { hiveGatewaySettings } from './env';
import { startHiveGateway } from './hive-gateway';

// Hive Gateway in its own process, as our gateway runs in its own: the benchmark forks this with SUPERGRAPH_PATH,
// SUBGRAPH_URLS (JSON, subgraph name → URL), GATEWAY_SIGNING_KEYS_FILE and JWT_SECRET (the hub's), and it reports
// { type: 'ready', url }.
async function main() {
  const { SUPERGRAPH_PATH, SUBGRAPH_URLS, GATEWAY_SIGNING_KEYS_FILE, JWT_SECRET } = hiveGatewaySettings();
  const gateway = await startHiveGateway({
    supergraphPath: SUPERGRAPH_PATH,
    subgraphUrls: SUBGRAPH_URLS,
    verifyToken: createTokenVerifier({ JWT_SECRET, JWT_ISSUER: 'chung-tay', JWT_AUDIENCE: 'chung-tay-hub' }),
    signer: await assertionSigner(readGatewayKeySet(GATEWAY_SIGNING_KEYS_FILE)),
    port: 0,
  });
  process.send?.({ type: 'ready', url: gateway.url });
  const stop = () => gateway.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error('[hive-gateway] failed to start:', error);
  process.exit(1);
});
