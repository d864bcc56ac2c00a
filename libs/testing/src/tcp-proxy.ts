import { createServer, Server, Socket, connect } from 'node:net';
import { AddressInfo } from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** Starts accepting and forwarding connections to the target. */
  open(): Promise<void>;
  /** Stops accepting and cuts every forwarded connection (the dependency "goes down"). */
  close(): Promise<void>;
}

/** A loopback TCP forwarder on a fixed port, to take a real dependency away and bring it back in tests. */
export async function createTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  return {
    port,
    open: async () => {
      server = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      await new Promise<void>((done) => server!.listen(port, '127.0.0.1', done));
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      if (server) await new Promise((done) => server!.close(done));
      server = undefined;
    },
  };
}
