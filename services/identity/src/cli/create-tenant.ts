import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { validateOrReject } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { loadConfigOrExit } from '@mentormesh/config';
import { DatabaseLifecycle } from '@mentormesh/database';
import { createLogger } from '@mentormesh/observability';
import { AppModule } from '../app.module';
import { identityConfigShape } from '../config';
import { CreateTenantInput } from '../tenants/create-tenant.input';
import { TenantService } from '../tenants/tenant.service';

/**
 * Bootstraps an organization and its first ORG_ADMIN from the command line (the operator's door; there is
 * no tenant yet whose admin could call createTenant). Prints the tenant as JSON.
 *   node services/identity/dist/cli/create-tenant.js --slug acme --name "Acme" --time-zone Europe/Berlin \
 *     --admin-email admin@acme.example --admin-name "Ada Admin"
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      'time-zone': { type: 'string' },
      'admin-email': { type: 'string' },
      'admin-name': { type: 'string' },
    },
  });
  const input = plainToInstance(CreateTenantInput, {
    slug: values.slug,
    name: values.name,
    defaultTimeZone: values['time-zone'],
    adminEmail: values['admin-email'],
    adminName: values['admin-name'],
  });
  await validateOrReject(input).catch(
    (errors: { property: string; constraints?: Record<string, string> }[]) => {
      for (const e of errors)
        process.stderr.write(`${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}\n`);
      process.exit(2);
    },
  );
  const config = loadConfigOrExit('identity', identityConfigShape);
  const log = createLogger('identity-cli', config.LOG_LEVEL);
  const app = await NestFactory.createApplicationContext(
    AppModule.register({ ...config, OUTBOX_RELAY_ENABLED: false }, log),
    {
      logger: false,
    },
  );
  await app.get(DatabaseLifecycle).start();
  const tenant = await app.get(TenantService).create(input);
  process.stdout.write(
    `${JSON.stringify({ id: tenant.id, slug: tenant.slug, adminEmail: input.adminEmail })}\n`,
  );
  await app.close();
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
