import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MentorProfileEntity } from './mentor-profile.entity';

@Injectable()
export class MentorProfileRepository {
  find(manager: EntityManager, tenantId: string, employeeId: string): Promise<MentorProfileEntity | null> {
    return manager.findOneBy(MentorProfileEntity, { tenantId, employeeId });
  }
}
