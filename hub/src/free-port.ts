import { createServer } from 'node:net';

/**
 * A port free right now, for a service whose address others must know before it starts (subgraphs are told the
 * gateway's JWKS URL before the gateway runs). Another process could take it in between; the gateway would then
 * fail to start and say so.
 */
export function reservePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
