import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type {
  AvailabilitySummary,
  EventEnvelope,
  FeedbackSubmittedPayload,
  SessionSnapshot,
  SkillSnapshot,
} from '@mentormesh/contracts';
import { EventHandler } from '@mentormesh/messaging';
import { ReadModelRepository } from '../read-models/read-model.repository';
import { RecommendationChangesRepository } from '../read-models/recommendation-changes.repository';

/**
 * Keeps the read models of scheduling (availability, sessions), feedback (ratings) and identity's skill
 * catalog, and notes each change that affects recommendations. Version-checked: older events are ignored.
 */
@Injectable()
export class ReadModelEventsHandler {
  constructor(
    private readonly readModels: ReadModelRepository,
    private readonly changes: RecommendationChangesRepository,
  ) {}

  skillCatalog(): Record<string, EventHandler> {
    return {
      'skill_catalog.skill_upserted': async (event, manager) => {
        const skill = event.payload as unknown as SkillSnapshot;
        if (await this.readModels.upsertSkill(manager, event.tenantId, event.aggregateVersion, skill))
          await this.changes.record(manager, event.tenantId, null);
      },
      'skill_catalog.skill_deleted': async (event, manager) => {
        if (
          await this.readModels.deleteSkill(
            manager,
            event.tenantId,
            event.aggregateId,
            event.aggregateVersion,
          )
        )
          await this.changes.record(manager, event.tenantId, null);
      },
    };
  }

  availability(): Record<string, EventHandler> {
    return {
      'availability.summary_published': async (event, manager) => {
        const summary = event.payload as unknown as AvailabilitySummary;
        if (
          await this.readModels.upsertAvailability(manager, event.tenantId, event.aggregateVersion, summary)
        )
          await this.changes.record(manager, event.tenantId, summary.employeeId);
      },
    };
  }

  sessions(): Record<string, EventHandler> {
    const handler: EventHandler = (event, manager) => this.session(event, manager);
    return {
      'session.booked': handler,
      'session.confirmed': handler,
      'session.rescheduled': handler,
      'session.cancelled': handler,
      'session.completed': handler,
      'session.no_show': handler,
    };
  }

  feedback(): Record<string, EventHandler> {
    return {
      'feedback.submitted': async (event, manager) => {
        const rating = event.payload as unknown as FeedbackSubmittedPayload;
        if (await this.readModels.addRating(manager, event.tenantId, rating))
          await this.changes.record(manager, event.tenantId, rating.subjectId);
      },
    };
  }

  private async session(event: EventEnvelope, manager: EntityManager): Promise<void> {
    const snapshot = event.payload as unknown as SessionSnapshot;
    const mentorId = await this.readModels.upsertSession(
      manager,
      event.tenantId,
      event.aggregateVersion,
      snapshot,
    );
    if (mentorId) await this.changes.record(manager, event.tenantId, mentorId);
  }
}
