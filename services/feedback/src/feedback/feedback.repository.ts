import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FeedbackEntity } from './feedback.entity';

export type NewFeedback = Omit<FeedbackEntity, 'createdAt'>;

/** The only SQL for feedback; always inside a tenant transaction (RLS is the second wall). */
@Injectable()
export class FeedbackRepository {
  async insert(manager: EntityManager, feedback: NewFeedback): Promise<FeedbackEntity> {
    await manager.insert(FeedbackEntity, feedback);
    return manager.findOneByOrFail(FeedbackEntity, { tenantId: feedback.tenantId, id: feedback.id });
  }

  /** Feedback on a session that the viewer wrote or received, oldest first. */
  findForViewer(
    manager: EntityManager,
    tenantId: string,
    sessionId: string,
    viewerId: string,
  ): Promise<FeedbackEntity[]> {
    return manager
      .getRepository(FeedbackEntity)
      .createQueryBuilder('f')
      .where('f.tenant_id = :tenantId and f.session_id = :sessionId', { tenantId, sessionId })
      .andWhere('(f.author_id = :viewerId or f.subject_id = :viewerId)', { viewerId })
      .orderBy('f.created_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .getMany();
  }

  /** Erasure of an author: their ratings stay (unattributed), their words and name go. */
  async anonymizeAuthored(manager: EntityManager, tenantId: string, employeeId: string): Promise<void> {
    await manager.query(
      'update feedback set author_id = null, comment = null where tenant_id = $1 and author_id = $2',
      [tenantId, employeeId],
    );
  }

  /** Erasure of a subject: what others wrote about them is personal data about them, and goes. */
  async deleteReceived(manager: EntityManager, tenantId: string, employeeId: string): Promise<void> {
    await manager.query('delete from feedback where tenant_id = $1 and subject_id = $2', [
      tenantId,
      employeeId,
    ]);
  }
}
