import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SamlConnectionEntity } from './saml-connection.entity';

export type SamlConnectionFields = Omit<SamlConnectionEntity, 'version' | 'createdAt' | 'updatedAt'>;

/** The only SQL for SAML connections; always inside the tenant's transaction. */
@Injectable()
export class SamlConnectionRepository {
  find(manager: EntityManager, tenantId: string): Promise<SamlConnectionEntity | null> {
    return manager.findOneBy(SamlConnectionEntity, { tenantId });
  }

  /** Locks the row for a read-modify-write. */
  findForUpdate(manager: EntityManager, tenantId: string): Promise<SamlConnectionEntity | null> {
    return manager
      .getRepository(SamlConnectionEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.tenant_id = :tenantId', { tenantId })
      .getOne();
  }

  /** Inserts the tenant's connection, or replaces it and bumps its version. */
  async save(
    manager: EntityManager,
    fields: SamlConnectionFields,
    previous: SamlConnectionEntity | null,
  ): Promise<SamlConnectionEntity> {
    if (previous) {
      await manager.update(
        SamlConnectionEntity,
        { tenantId: fields.tenantId },
        { ...fields, version: previous.version + 1 },
      );
    } else {
      await manager.insert(SamlConnectionEntity, { ...fields, version: 1 });
    }
    return manager.findOneByOrFail(SamlConnectionEntity, { tenantId: fields.tenantId });
  }
}
