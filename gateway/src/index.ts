import { assertionSigner, createTokenVerifier, publicKeySet, readEnvOrExit } from '@chung-tay/common';
import { gatewayEnv, subgraphUrlOverrides } from './env';
import { listenToHub } from './hub-states';
import { startGateway } from './server';

async function main() {
  const env = readEnvOrExit(gatewayEnv);
  const gateway = await startGateway({
    supergraphPath: env.SUPERGRAPH_PATH,
    subgraphUrls: subgraphUrlOverrides(env),
    port: env.GATEWAY_PORT,
    host: env.GATEWAY_HOST,
    production: env.NODE_ENV === 'production',
    introspection: env.GATEWAY_INTROSPECTION ? env.GATEWAY_INTROSPECTION === 'true' : undefined,
    verifyToken: createTokenVerifier(env),
    publicKeys: publicKeySet(env.GATEWAY_SIGNING_KEYS_FILE),
    transport: {
      signer: await assertionSigner(env.GATEWAY_SIGNING_KEYS_FILE, env.GATEWAY_ASSERTION_ISSUER),
      keepAlive: env.GATEWAY_SUBGRAPH_KEEP_ALIVE,
      connectionsPerSubgraph: env.GATEWAY_SUBGRAPH_CONNECTIONS,
      deduplicate: env.GATEWAY_DEDUPLICATE,
      timeoutMs: env.GATEWAY_SUBGRAPH_TIMEOUT_MS,
      maxAnswerBytes: env.GATEWAY_MAX_SUBGRAPH_ANSWER_BYTES,
    },
    queryPlanCacheMiB: env.GATEWAY_QUERY_PLAN_CACHE_MIB,
    limits: {
      maxDepth: env.GATEWAY_MAX_DEPTH,
      maxAliases: env.GATEWAY_MAX_ALIASES,
      maxTokens: env.GATEWAY_MAX_TOKENS,
      maxCost: env.GATEWAY_MAX_COST,
      maxAreaPeriods: env.GATEWAY_MAX_AREA_PERIODS,
      maxBodyBytes: env.GATEWAY_MAX_BODY_BYTES,
      maxImportBytes: env.GATEWAY_MAX_IMPORT_BYTES,
    },
    overload: {
      maxHeapFraction: env.GATEWAY_MAX_HEAP_FRACTION,
      maxInFlight: env.GATEWAY_MAX_IN_FLIGHT,
      retryAfterSeconds: env.GATEWAY_RETRY_AFTER_SECONDS,
    },
    dashboard: {
      dir: env.DASHBOARD_DIR,
      signIn: env.OIDC_ISSUER ? { issuer: env.OIDC_ISSUER, clientId: env.DASHBOARD_CLIENT_ID } : undefined,
    },
  });
  listenToHub();
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
