export { CreateMessagingTables1732000000000 } from './create-messaging-tables.migration';
export { OutboxWriter } from './outbox-writer';
export { OutboxRelay, OutboxRelaySettings } from './outbox-relay';
export { EventConsumer, EventConsumerSettings, EventHandler, PermanentHandlerError } from './event-consumer';
export { KafkaConnection, KafkaLogger, KafkaSettings } from './kafka-connection';
export { MessageContext, messageContext, currentTraceHeaders } from './trace-headers';
export { MessagingModule, MessagingModuleOptions, MESSAGING_OPTIONS } from './messaging.module';
export { KafkaHealth } from './kafka-health';
export { ConsumerHost, consumerHostProvider } from './consumer-host';
