import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import { AuthPrincipal } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { KnownSessionRepository } from '../sessions/known-session.repository';
import { SubmitFeedbackInput } from './dto/submit-feedback.input';
import { FeedbackEntity } from './feedback.entity';
import { FeedbackAlreadyGivenError } from './feedback.errors';
import { FeedbackRepository } from './feedback.repository';
import { checkSubmission } from './feedback.rules';

const UNIQUE_VIOLATION = '23505';

@Injectable()
export class FeedbackService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly sessions: KnownSessionRepository,
    private readonly feedback: FeedbackRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Stores the feedback and its `feedback.submitted` event in one tenant transaction. */
  submit(principal: AuthPrincipal, input: SubmitFeedbackInput, now = new Date()): Promise<FeedbackEntity> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, async (manager) => {
      checkSubmission(
        await this.sessions.find(manager, tenantId, input.sessionId),
        employeeId,
        input.subjectId,
        now,
      );
      const stored = await this.feedback
        .insert(manager, {
          tenantId,
          id: randomUUID(),
          sessionId: input.sessionId,
          authorId: employeeId,
          subjectId: input.subjectId,
          rating: input.rating,
          comment: input.comment ?? null,
        })
        .catch((error: unknown) => {
          if (
            error instanceof QueryFailedError &&
            (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
          ) {
            throw new FeedbackAlreadyGivenError();
          }
          throw error;
        });
      await this.outbox.append(manager, {
        type: 'feedback.submitted',
        tenantId,
        aggregateId: stored.id,
        aggregateVersion: 1,
        payload: {
          id: stored.id,
          sessionId: stored.sessionId,
          authorId: employeeId,
          subjectId: stored.subjectId,
          rating: stored.rating,
          hasComment: stored.comment !== null,
        },
      });
      return stored;
    });
  }

  /** Only what the caller wrote or received; another tenant's session has none. */
  visibleOn(principal: AuthPrincipal, sessionId: string): Promise<FeedbackEntity[]> {
    const { tenantId, employeeId } = principal;
    return this.transactions.run(tenantId, (m) =>
      this.feedback.findForViewer(m, tenantId, sessionId, employeeId),
    );
  }
}
