import { randomInt } from 'node:crypto';
import { createServer } from 'node:net';

/**
 * A TCP port on 127.0.0.1 that was free a moment ago. Another process could take it
 * before the service binds it; the services fail loudly if so, which is rare enough.
 */
export function freePort(): Promise<number> {
  return probe(0);
}

/**
 * A free port below 32768, outside the kernel's ephemeral range: for servers that store their port in a smallint
 * (the Temporal server's cluster membership table does).
 */
export async function freeLowPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await probe(randomInt(20_000, 32_768)).catch(() => undefined);
    if (port) return port;
  }
  throw new Error('no free port between 20000 and 32767');
}

function probe(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not read the port of a probe socket'));
      });
    });
  });
}
