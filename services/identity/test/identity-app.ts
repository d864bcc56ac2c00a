import { ServiceUnderTest, startServiceUnderTest } from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { identityConfigShape } from '../src/config';
import { TenantService } from '../src/tenants/tenant.service';

export interface IdentityUnderTest extends ServiceUnderTest {
  /** Creates a tenant with its first admin (as the seed script does) and returns an admin token. */
  createTenant(slug: string): Promise<{ tenantId: string; adminToken: string }>;
  login(tenant: string, email: string): Promise<string>;
}

/** Starts identity in-process against real PostgreSQL and Kafka; it issues its own tokens (dev login). */
export async function startIdentity(overrides: Record<string, string> = {}): Promise<IdentityUnderTest> {
  const service = await startServiceUnderTest({
    name: 'identity',
    configShape: identityConfigShape,
    register: (config, log) => AppModule.register(config, log),
    trustTestIssuer: false,
    env: {
      SIGNING_KEY_SECRET: 'test-secret-test-secret-test-secret!',
      DEV_LOGIN_ENABLED: 'true',
      ...overrides,
    },
  });
  const login = async (tenant: string, email: string): Promise<string> => {
    const res = await fetch(`${service.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant, email }),
    });
    const body = (await res.json()) as { accessToken?: string };
    if (!body.accessToken) throw new Error(`dev login failed: ${JSON.stringify(body)}`);
    return body.accessToken;
  };
  return {
    ...service,
    login,
    createTenant: async (slug) => {
      const tenant = await service.app.get(TenantService).create({
        slug,
        name: `Org ${slug}`,
        defaultTimeZone: 'Europe/Berlin',
        adminEmail: `admin@${slug}.example`,
        adminName: 'Org Admin',
      });
      return { tenantId: tenant.id, adminToken: await login(slug, `admin@${slug}.example`) };
    },
  };
}
