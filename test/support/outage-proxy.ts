import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface OutageProxy {
  /** `serviceUrl` with its host and port replaced by the proxy's. */
  url: string;
  /** Drops every open connection and stops listening, so that new ones are refused: a service that went down. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy on loopback in front of a real service, so that a test can take the service away and bring it back.
 * A cut refuses connections (ECONNREFUSED) rather than accepting and resetting them: postgres.js keeps a query
 * queued through endless reconnects to a port that accepts and resets, which is a load balancer's failure, not
 * the database's.
 */
export async function outageProxy(serviceUrl: string): Promise<OutageProxy> {
  const target = new URL(serviceUrl);
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined); // the other side's close follows
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  const stop = () => {
    for (const socket of sockets) socket.destroy();
    return new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
  };
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const proxied = new URL(serviceUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  return {
    url: serviceUrl.endsWith('/') ? proxied.toString() : proxied.toString().replace(/\/$/, ''),
    cut: stop,
    restore: async () => {
      if (!server.listening) await listen(port);
    },
    close: stop,
  };
}
