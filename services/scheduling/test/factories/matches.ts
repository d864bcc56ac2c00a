import { randomUUID } from 'node:crypto';
import { MatchSnapshot } from '@mentormesh/contracts';
import { SchedulingUnderTest } from '../scheduling-app';

/** Publishes a match event the way matching would; returns the match id. */
export async function publishMatch(
  scheduling: SchedulingUnderTest,
  tenantId: string,
  overrides: Partial<MatchSnapshot> & Pick<MatchSnapshot, 'menteeId' | 'mentorId'>,
  version = 2,
): Promise<string> {
  const snapshot: MatchSnapshot = {
    id: randomUUID(),
    requestId: randomUUID(),
    programRunId: null,
    status: 'ACCEPTED',
    score: 0.8,
    format: 'VIDEO_CALL',
    lengthMinutes: 30,
    reason: null,
    respondBy: null,
    ...overrides,
  };
  const type = {
    PROPOSED: 'match.proposed',
    ACCEPTED: 'match.accepted',
    DECLINED: 'match.declined',
    EXPIRED: 'match.expired',
    WITHDRAWN: 'match.withdrawn',
  } as const;
  await scheduling.publish({
    type: type[snapshot.status],
    tenantId,
    aggregateId: snapshot.id,
    aggregateVersion: version,
    payload: snapshot,
  });
  return snapshot.id;
}
