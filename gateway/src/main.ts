import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfigOrExit } from '@mentormesh/config';
import { createLogger } from '@mentormesh/observability';
import { gatewayConfigShape } from './config';
import { createGateway } from './gateway-server';

async function main(): Promise<void> {
  const config = loadConfigOrExit('gateway', gatewayConfigShape);
  const log = createLogger('gateway', config.LOG_LEVEL);
  const supergraph = readFileSync(
    config.SUPERGRAPH_FILE ?? resolve(__dirname, '../supergraph.graphql'),
    'utf8',
  );
  const httpServer = createServer();
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const gateway = await createGateway(config, supergraph, log, httpServer);
  httpServer.on('request', gateway.app);
  httpServer.listen(config.PORT, '0.0.0.0', () => log.info({ port: config.PORT }, 'gateway listening'));
  const shutdown = (): void => {
    log.info({}, 'gateway stopping');
    void gateway.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

void main();
