import { inflateRawSync } from 'node:zlib';
import pino from 'pino';
import { Client } from 'pg';
import { withDatabase } from '@mentormesh/database';
import {
  RecordingLogger,
  ServiceUnderTest,
  recordingLogger,
  startServiceUnderTest,
} from '@mentormesh/testing';
import { AppModule } from '../../src/app.module';
import { identityConfigShape } from '../../src/config';
import { TenantService } from '../../src/tenants/tenant.service';
import { TestIdp } from './test-idp';

export const SSO_PUBLIC_URL = 'https://identity.mentormesh.test';
export const APP_URL = 'https://app.acme.example/sso/callback';
export const IDP_SSO_URL = 'https://idp.test.example/saml/sso';
export const IDP_SLO_URL = 'https://idp.test.example/saml/slo';

export interface SsoTenant {
  readonly slug: string;
  readonly tenantId: string;
  readonly adminToken: string;
  readonly acsUrl: string;
  readonly audience: string;
  readonly sloUrl: string;
}

export interface HttpOutcome {
  readonly status: number;
  readonly location: string | null;
  readonly body: string;
}

export interface SsoIdentity extends ServiceUnderTest {
  /** Warnings and errors identity logged (pino JSON lines, parsed). */
  readonly log: RecordingLogger;
  createTenant(slug: string): Promise<SsoTenant>;
  configureSaml(tenant: SsoTenant, idp: TestIdp, options?: Record<string, unknown>): Promise<void>;
  postForm(path: string, form: Record<string, string>): Promise<HttpOutcome>;
  get(path: string): Promise<HttpOutcome>;
  postAcs(tenant: SsoTenant, xml: string, relayState?: string | null): Promise<HttpOutcome>;
  /** Starts an SP-initiated login; returns the AuthnRequest id and the RelayState sent to the IdP. */
  startLogin(tenant: SsoTenant, redirect?: string): Promise<{ requestId: string; relayState: string }>;
  token(form: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }>;
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
}

/** A pino logger whose warn/error lines land in a libs/testing recordingLogger. */
function recordingPino(recorder: RecordingLogger): pino.Logger {
  return pino(
    { level: 'warn', base: { service: 'identity' } },
    {
      write(line: string): void {
        const { level, msg, time: _time, ...fields } = JSON.parse(line) as Record<string, unknown>;
        const message = String(msg);
        if (Number(level) >= 50) recorder.error(fields, message);
        else recorder.warn(fields, message);
      },
    },
  );
}

/** Identity in-process on real PostgreSQL, Redis and Kafka, recording what it logs, with SAML helpers. */
export async function startSsoIdentity(): Promise<SsoIdentity> {
  const log = recordingLogger();
  const service = await startServiceUnderTest({
    name: 'identity',
    configShape: identityConfigShape,
    register: (config) => AppModule.register(config, recordingPino(log)),
    trustTestIssuer: false,
    env: {
      SIGNING_KEY_SECRET: 'test-secret-test-secret-test-secret!',
      DEV_LOGIN_ENABLED: 'true',
      PUBLIC_URL: SSO_PUBLIC_URL,
    },
  });
  const http = async (path: string, init: RequestInit = {}): Promise<HttpOutcome> => {
    const res = await fetch(`${service.url}${path}`, { redirect: 'manual', ...init });
    return { status: res.status, location: res.headers.get('location'), body: await res.text() };
  };
  const postForm = (path: string, form: Record<string, string>): Promise<HttpOutcome> =>
    http(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  const login = async (slug: string, email: string): Promise<string> => {
    const res = await fetch(`${service.url}/dev/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: slug, email }),
    });
    const body = (await res.json()) as { accessToken?: string };
    if (!body.accessToken) throw new Error(`dev login failed: ${JSON.stringify(body)}`);
    return body.accessToken;
  };
  const ownerUrl = withDatabase(service.database.adminUrl, service.database.database);

  return {
    ...service,
    log,
    postForm,
    get: (path) => http(path),
    createTenant: async (slug) => {
      const tenant = await service.app.get(TenantService).create({
        slug,
        name: `Org ${slug}`,
        defaultTimeZone: 'Europe/Berlin',
        adminEmail: `admin@${slug}.example`,
        adminName: 'Org Admin',
      });
      const base = `${SSO_PUBLIC_URL}/sso/${slug}/saml`;
      return {
        slug,
        tenantId: tenant.id,
        adminToken: await login(slug, `admin@${slug}.example`),
        acsUrl: `${base}/acs`,
        audience: `${base}/metadata`,
        sloUrl: `${base}/slo`,
      };
    },
    configureSaml: async (tenant, idp, options = {}) => {
      const res = await service.graphql(
        `mutation($input: ConfigureSamlConnectionInput!) { configureSamlConnection(input: $input) { tenantId } }`,
        {
          input: {
            idpEntityId: idp.entityId,
            ssoUrl: IDP_SSO_URL,
            sloUrl: IDP_SLO_URL,
            signingCertificates: [idp.certificatePem],
            allowedRedirectUrls: [APP_URL],
            ...options,
          },
        },
        tenant.adminToken,
      );
      if (res.errors) throw new Error(`configureSamlConnection failed: ${JSON.stringify(res.errors)}`);
    },
    postAcs: (tenant, xml, relayState = null) =>
      postForm(`/sso/${tenant.slug}/saml/acs`, {
        SAMLResponse: Buffer.from(xml, 'utf8').toString('base64'),
        ...(relayState === null ? {} : { RelayState: relayState }),
      }),
    startLogin: async (tenant, redirect) => {
      const query = redirect ? `?redirect=${encodeURIComponent(redirect)}` : '';
      const res = await http(`/sso/${tenant.slug}/saml/login${query}`);
      if (res.status !== 303 || !res.location)
        throw new Error(`login start failed: ${res.status} ${res.body}`);
      const url = new URL(res.location);
      const request = inflateRawSync(
        Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64'),
      ).toString();
      const requestId = /\sID="([^"]+)"/.exec(request)?.[1];
      if (!requestId) throw new Error('AuthnRequest without ID');
      return { requestId, relayState: url.searchParams.get('RelayState') ?? '' };
    },
    token: async (form) => {
      const res = await fetch(`${service.url}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    sql: async <T>(query: string, params: unknown[] = []): Promise<T[]> => {
      const client = new Client({ connectionString: ownerUrl });
      await client.connect();
      try {
        return (await client.query(query, params)).rows as T[];
      } finally {
        await client.end();
      }
    },
  };
}

/** The one-time code in a successful ACS answer (303 to the app URL), or a test failure. */
export function codeOf(outcome: HttpOutcome): string {
  if (outcome.status !== 303 || !outcome.location) {
    throw new Error(`expected a 303 with a code, got ${outcome.status} ${outcome.body}`);
  }
  const code = new URL(outcome.location).searchParams.get('code');
  if (!code) throw new Error(`no code in ${outcome.location}`);
  return code;
}
