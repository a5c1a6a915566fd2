import { hubSettingsFromEnv } from './env';
import { answerHubControl } from './hub-control';
import { startHub } from './launcher';
import { defaultDataDir } from './paths';
import { signInNotice } from './sign-in-notice';

async function main() {
  const dataDir = defaultDataDir();
  const settings = hubSettingsFromEnv();
  console.log(`Starting Chung Tay (data in ${dataDir}) …`);
  const hub = await startHub({
    dataDir,
    gatewayPort: settings.gatewayPort,
    randomSubgraphPorts: settings.randomSubgraphPorts,
    demoData: settings.demoData,
    restartPolicy: settings.restartPolicy,
    // Every service and the database are stopped by now; a supervisor (systemd, a container runtime) sees the 1.
    onGiveUp: (error) => {
      console.error(`Chung Tay stopped: ${error.message}.`);
      process.exit(1);
    },
  });
  const dashboardUrl = hub.gatewayUrl.replace(/\/graphql$/, '/dashboard/');
  const own = settings.ownIdentityProvider;
  console.log(`\nChung Tay is up.
  Gateway and explorer: ${hub.gatewayUrl}
${Object.entries(hub.subgraphUrls)
  .map(([name, url]) => `  Subgraph ${name}: ${url}`)
  .join('\n')}

${signInNotice({ dataDir, identityUrl: hub.identityUrl, dashboardUrl, own })}`);
  console.log('\nPress Ctrl-C to stop.');
  // When run by another program (the end-to-end tests), say where everything is.
  process.send?.({
    type: 'ready',
    url: hub.gatewayUrl,
    identityUrl: hub.identityUrl,
    subgraphUrls: hub.subgraphUrls,
    databaseUrls: hub.databaseUrls,
    pids: hub.pids(),
  });

  // The end-to-end tests stop and start one subgraph to see the hub carry on without it (hub-control.ts).
  if (process.send) process.on('message', (message) => answerHubControl(hub, message));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping …');
    await hub.stop();
    process.exit(0);
  };
  // The embedded PostgreSQL library's exit hook would stop the database at once and exit 130/143 while the
  // services still finish their requests against it; the hub stops them first, then the database, then exits 0.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, stop);
  }
}

main().catch((error) => {
  console.error(`Chung Tay failed to start:\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
