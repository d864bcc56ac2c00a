export { envelopeSchema, EventEnvelope } from './envelope';
export { defineEvent, EventDefinition } from './define-event';
export { Topics, TopicName, deadLetterTopic, prefixedTopic } from './topics';
export * from './events/identity.events';
export * from './events/scheduling.events';
export * from './events/feedback.events';
export * from './events/recognition.events';
export { EventRegistry, EventType, PayloadOf, findEventDefinition } from './events/registry';
export { InvalidEventError, NewEvent, buildEvent, parseEvent, topicOf } from './validate-event';
