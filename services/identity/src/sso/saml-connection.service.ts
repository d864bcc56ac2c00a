import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Role } from '@mentormesh/auth';
import { APP_CONFIG } from '@mentormesh/config';
import { TenantTransactions } from '@mentormesh/database';
import { NotFoundError, ValidationError } from '@mentormesh/graphql';
import type { IdentityConfig } from '../config';
import { TenantRepository } from '../tenants/tenant.repository';
import { ConfigureSamlConnectionInput, SamlConnectionOptionsInput } from './configure-saml-connection.input';
import { parseIdpMetadata } from './parse-idp-metadata';
import { SamlConnectionEntity } from './saml-connection.entity';
import { SamlConnectionFields, SamlConnectionRepository } from './saml-connection.repository';
import { createIdpSettings, serviceProviderEndpoints, type SamlTenant } from './saml-settings';
import { SsoError, SsoInvalidSettingsError } from './sso.errors';
import { toSamlConnectionView, type SamlConnectionView } from './saml-connection.view';

/** A connection ready to log people in, with the tenant's SP endpoints. */
export interface ActiveSamlConnection {
  readonly tenant: SamlTenant;
  readonly connection: SamlConnectionEntity;
}

/** Settings field names as GraphQL clients name them. */
const FIELD_NAMES: Readonly<Record<string, string>> = { entityId: 'idpEntityId' };

/** Per-tenant SAML connection: configure, import from IdP metadata, disable, and load for sign-in. */
@Injectable()
export class SamlConnectionService {
  private readonly publicUrl: string;

  constructor(
    @Inject(APP_CONFIG) config: IdentityConfig,
    private readonly transactions: TenantTransactions,
    private readonly connections: SamlConnectionRepository,
    private readonly tenants: TenantRepository,
  ) {
    this.publicUrl = config.PUBLIC_URL;
  }

  get(tenantId: string): Promise<SamlConnectionView | null> {
    return this.transactions.run(tenantId, async (m) => {
      const connection = await this.connections.find(m, tenantId);
      return connection ? this.view(m, connection) : null;
    });
  }

  configure(tenantId: string, input: ConfigureSamlConnectionInput): Promise<SamlConnectionView> {
    const { idpEntityId, ssoUrl, sloUrl, signingCertificates, ...options } = input;
    return this.upsert(tenantId, options, () => ({
      idpEntityId,
      ssoUrl,
      sloUrl,
      signingCertificates,
    }));
  }

  /** Reads entity id, SSO/SLO URLs and certificates from IdP metadata; the tenant's options are kept. */
  importMetadata(
    tenantId: string,
    xml: string,
    options: SamlConnectionOptionsInput = {},
  ): Promise<SamlConnectionView> {
    return this.upsert(tenantId, options, () => {
      try {
        const metadata = parseIdpMetadata(xml);
        return {
          idpEntityId: metadata.entityId,
          ssoUrl: metadata.ssoUrl,
          sloUrl: metadata.sloUrl,
          signingCertificates: [...metadata.signingCertificates],
        };
      } catch (error: unknown) {
        if (error instanceof SsoError) throw new ValidationError('xml', error.reason);
        throw error;
      }
    });
  }

  disable(tenantId: string): Promise<SamlConnectionView> {
    return this.transactions.run(tenantId, async (m) => {
      const previous = await this.connections.findForUpdate(m, tenantId);
      if (!previous) throw new NotFoundError('SamlConnection', tenantId);
      const saved = await this.connections.save(m, { ...fieldsOf(previous), enabled: false }, previous);
      return this.view(m, saved);
    });
  }

  /** The enabled connection of an active tenant, by slug; null when there is none. */
  async activeBySlug(tenantSlug: string): Promise<ActiveSamlConnection | null> {
    const tenantId = await this.tenants.idBySlug(tenantSlug);
    return tenantId ? this.active(tenantId) : null;
  }

  /** The enabled connection of a tenant, by id; null when there is none (answered as not found). */
  active(tenantId: string): Promise<ActiveSamlConnection | null> {
    return this.transactions.run(tenantId, async (m) => {
      const connection = await this.connections.find(m, tenantId);
      if (!connection?.enabled) return null;
      const view = await this.view(m, connection);
      return { tenant: view.samlTenant, connection };
    });
  }

  private upsert(
    tenantId: string,
    options: SamlConnectionOptionsInput,
    idpPart: () => Pick<SamlConnectionFields, 'idpEntityId' | 'ssoUrl' | 'signingCertificates'> & {
      sloUrl?: string;
    },
  ): Promise<SamlConnectionView> {
    return this.transactions.run(tenantId, async (m) => {
      const idp = idpPart();
      const previous = await this.connections.findForUpdate(m, tenantId);
      const fields: SamlConnectionFields = {
        tenantId,
        ...idp,
        sloUrl: idp.sloUrl ?? null,
        attributeMapping: { ...(options.attributeMapping ?? previous?.attributeMapping ?? {}) },
        wantResponseSigned: options.wantResponseSigned ?? previous?.wantResponseSigned ?? false,
        allowIdpInitiated: options.allowIdpInitiated ?? previous?.allowIdpInitiated ?? false,
        jitProvisioning: options.jitProvisioning ?? previous?.jitProvisioning ?? false,
        jitDefaultRoles: options.jitDefaultRoles ?? previous?.jitDefaultRoles ?? (['EMPLOYEE'] as Role[]),
        allowedRedirectUrls: options.allowedRedirectUrls ?? previous?.allowedRedirectUrls ?? [],
        enabled: true,
      };
      const saved = await this.connections.save(m, stripUndefined(fields), previous);
      return this.view(m, saved);
    });
  }

  /** Validates the stored shape through the SSO core; a bad field becomes a ValidationError naming it. */
  private async view(m: EntityManager, connection: SamlConnectionEntity): Promise<SamlConnectionView> {
    const tenant = await this.tenants.findCurrent(m, connection.tenantId);
    if (!tenant) throw new NotFoundError('Tenant', connection.tenantId);
    try {
      const samlTenant: SamlTenant = {
        tenantId: connection.tenantId,
        sp: serviceProviderEndpoints(this.publicUrl, tenant.slug),
        idp: createIdpSettings({
          entityId: connection.idpEntityId,
          ssoUrl: connection.ssoUrl,
          sloUrl: connection.sloUrl ?? undefined,
          signingCertificates: connection.signingCertificates,
          wantResponseSigned: connection.wantResponseSigned,
          attributeMapping: connection.attributeMapping,
          jitProvisioning: connection.jitProvisioning,
          allowIdpInitiated: connection.allowIdpInitiated,
        }),
      };
      return toSamlConnectionView(connection, samlTenant);
    } catch (error: unknown) {
      if (error instanceof SsoInvalidSettingsError) {
        const [name, ...rest] = error.reason.split(' ');
        const root = name.split(/[.[]/)[0];
        const path = name.replace(root, FIELD_NAMES[root] ?? root);
        throw new ValidationError(path, rest.join(' '));
      }
      throw error;
    }
  }
}

function fieldsOf(entity: SamlConnectionEntity): SamlConnectionFields {
  const { version: _v, createdAt: _c, updatedAt: _u, ...fields } = entity;
  return fields;
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
