import { Injectable } from '@nestjs/common';
import { TenantTransactions } from '@mentormesh/database';
import { DirectoryRepository } from '../employees/directory.repository';
import { MentorProfileModel } from './mentor-profile.model';
import { MentorProfileRepository } from './mentor-profile.repository';

@Injectable()
export class MentorProfileService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly directory: DirectoryRepository,
    private readonly profiles: MentorProfileRepository,
  ) {}

  /**
   * The mentoring profile of an employee matching knows from identity's events; null for anyone it has
   * not heard of (or who was erased). Employees who never opted in get the default, non-mentor profile.
   */
  profileOf(tenantId: string, employeeId: string): Promise<MentorProfileModel | null> {
    return this.transactions.run(tenantId, async (manager) => {
      const person = await this.directory.find(manager, tenantId, employeeId);
      if (!person) return null;
      const profile = await this.profiles.find(manager, tenantId, employeeId);
      return {
        isMentor: profile?.isMentor ?? false,
        bio: profile?.bio ?? '',
        topics: profile?.topics ?? [],
        expertise: person.skills.map((s) => `${s.name} (${s.level}/5)`),
        formats: profile?.formats ?? [],
        sessionLengths: profile?.sessionLengths ?? [],
        capacityPerWeek: profile?.capacityPerWeek ?? 0,
        availableNow: profile?.availableNow ?? false,
      };
    });
  }
}
