import { readEnvOrExit } from '@chung-tay/common';
import { identityEnv } from './env';
import { startIdentity } from './server';

async function main() {
  const env = readEnvOrExit(identityEnv);
  const identity = await startIdentity(env);
  console.log(`[identity] issuer ${identity.issuer}`);
  process.send?.({ type: 'ready', name: 'identity', url: identity.issuer });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await identity.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  console.error(`[identity] failed to start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
