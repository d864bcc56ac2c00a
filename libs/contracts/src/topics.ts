/** Topic per aggregate, versioned in the name; the message key is always the aggregate id. */
export const Topics = {
  tenant: 'mentormesh.tenant.v1',
  employee: 'mentormesh.employee.v1',
  skillCatalog: 'mentormesh.skill-catalog.v1',
  mentorProfile: 'mentormesh.mentor-profile.v1',
  match: 'mentormesh.match.v1',
  rotationPlan: 'mentormesh.rotation-plan.v1',
  session: 'mentormesh.session.v1',
  availability: 'mentormesh.availability.v1',
  feedback: 'mentormesh.feedback.v1',
  recognition: 'mentormesh.recognition.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** Where a poisoned or repeatedly failing message of a topic ends up, with its reason in headers. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

/** Test runs and parallel environments share a broker by prefixing every topic. */
export function prefixedTopic(prefix: string, topic: string): string {
  return prefix ? `${prefix}.${topic}` : topic;
}
