import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { DirectoryRepository } from '../employees/directory.repository';
import { RecommendationChangesRepository } from '../read-models/recommendation-changes.repository';
import { SkillCatalogRepository } from '../read-models/skill-catalog.repository';
import { UpdateMentorProfileInput } from './dto/update-mentor-profile.input';
import { MentorProfileEntity, VettingStatus } from './mentor-profile.entity';
import { UnknownEmployeeError, UnknownSkillInputError } from './mentor-profile.errors';
import { MentorProfileModel } from './mentor-profile.model';
import { MentorProfileRepository, ProfileFields } from './mentor-profile.repository';
import { DEFAULT_PROFILE, toProfileModel } from './mentor-profile.view';

type NameOf = (skillId: string) => string | undefined;

@Injectable()
export class MentorProfileService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly directory: DirectoryRepository,
    private readonly profiles: MentorProfileRepository,
    private readonly catalog: SkillCatalogRepository,
    private readonly changes: RecommendationChangesRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /**
   * The mentoring profile of an employee matching knows from identity's events; null for anyone it has
   * not heard of (or who was erased). Employees who never saved one get the default, non-mentor profile.
   */
  profileOf(tenantId: string, employeeId: string): Promise<MentorProfileModel | null> {
    return this.transactions.run(tenantId, async (manager) => {
      const person = await this.directory.find(manager, tenantId, employeeId);
      if (!person) return null;
      const profile = await this.profiles.find(manager, tenantId, employeeId);
      return toProfileModel(person, profile, await this.namesOf(manager, tenantId));
    });
  }

  /** The caller's own profile: given fields change, `mentor_profile.upserted` goes out with it. */
  updateMine(principal: AuthPrincipal, input: UpdateMentorProfileInput): Promise<MentorProfileModel> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      const person = await this.directory.find(manager, tenantId, employeeId);
      if (!person) throw new UnknownEmployeeError('employeeId');
      const nameOf = await this.namesOf(manager, tenantId);
      (input.expertise ?? []).forEach((skill, i) => {
        if (nameOf(skill.skillId) === undefined) throw new UnknownSkillInputError(`expertise.${i}.skillId`);
      });
      const current: ProfileFields =
        (await this.profiles.find(manager, tenantId, employeeId)) ?? DEFAULT_PROFILE;
      const saved = await this.profiles.save(manager, tenantId, employeeId, merge(current, input));
      await this.published(manager, saved);
      return toProfileModel(person, saved, nameOf);
    });
  }

  /** An L&D manager records the vetting outcome of a mentor. */
  setVetting(
    principal: AuthPrincipal,
    employeeId: string,
    status: VettingStatus,
  ): Promise<MentorProfileModel> {
    const { tenantId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      const person = await this.directory.find(manager, tenantId, employeeId);
      if (!person) throw new UnknownEmployeeError('employeeId');
      const saved = await this.profiles.setVetting(manager, tenantId, employeeId, status);
      await this.published(manager, saved);
      return toProfileModel(person, saved, await this.namesOf(manager, tenantId));
    });
  }

  private async published(manager: EntityManager, p: MentorProfileEntity, now = new Date()): Promise<void> {
    await this.changes.record(manager, p.tenantId, p.employeeId);
    await this.outbox.append(manager, {
      type: 'mentor_profile.upserted',
      tenantId: p.tenantId,
      aggregateId: p.employeeId,
      aggregateVersion: p.version,
      payload: {
        employeeId: p.employeeId,
        isMentor: p.isMentor,
        paused: p.pausedUntil !== null && p.pausedUntil > now,
        formats: p.formats,
        lengthsOffered: p.sessionLengths,
        sessionsPerWeek: p.capacityPerWeek,
      },
    });
  }

  private async namesOf(manager: EntityManager, tenantId: string): Promise<NameOf> {
    const names = new Map((await this.catalog.catalogOf(manager, tenantId)).map((s) => [s.skillId, s.name]));
    return (skillId) => names.get(skillId);
  }
}

function merge(current: ProfileFields, input: UpdateMentorProfileInput): ProfileFields {
  const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  const normalized = {
    ...defined,
    ...(input.topics ? { topics: normalizeTerms(input.topics) } : {}),
    ...(input.interests ? { interests: normalizeTerms(input.interests) } : {}),
    ...(input.languages ? { languages: normalizeTerms(input.languages) } : {}),
    ...(input.sessionLengths
      ? { sessionLengths: [...new Set(input.sessionLengths)].sort((a, b) => a - b) }
      : {}),
    ...(input.expertise
      ? { expertise: input.expertise.map(({ skillId, level }) => ({ skillId, level })) }
      : {}),
  };
  return { ...current, ...normalized } as ProfileFields;
}

/** Topic and language keys are stored lower case and trimmed, as the recommendation domain expects. */
function normalizeTerms(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v !== ''))];
}
