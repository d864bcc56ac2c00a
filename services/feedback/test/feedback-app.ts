import { randomUUID } from 'node:crypto';
import { SessionSnapshot, Topics } from '@mentormesh/contracts';
import { ServiceUnderTest, startServiceUnderTest } from '@mentormesh/testing';
import { AppModule } from '../src/app.module';
import { feedbackConfigShape } from '../src/config';

export interface FeedbackUnderTest extends ServiceUnderTest {
  /** Publishes scheduling's session.booked for a session that is already over, as scheduling would. */
  publishSessionBooked(tenantId: string, participants: SessionSnapshot['participants']): Promise<string>;
}

/** Starts feedback in-process against real PostgreSQL and Kafka, trusting a local test token issuer. */
export async function startFeedback(): Promise<FeedbackUnderTest> {
  const service = await startServiceUnderTest({
    name: 'feedback',
    configShape: feedbackConfigShape,
    register: (config, log) => AppModule.register(config, log),
    producesTopics: [Topics.feedback],
  });
  return {
    ...service,
    publishSessionBooked: async (tenantId, participants) => {
      const id = randomUUID();
      const endsAt = new Date(Date.now() - 60_000);
      const payload: SessionSnapshot = {
        id,
        status: 'confirmed',
        format: 'VIDEO_CALL',
        startsAt: new Date(endsAt.getTime() - 30 * 60_000).toISOString(),
        endsAt: endsAt.toISOString(),
        createdBy: participants[0].employeeId,
        participants,
      };
      await service.publish({
        type: 'session.booked',
        tenantId,
        aggregateId: id,
        aggregateVersion: 1,
        payload,
      });
      return id;
    },
  };
}
