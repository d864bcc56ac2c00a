export { TestEndpoints, testEndpoints } from './endpoints';
export { TestDatabase, createTestDatabase, uniqueTopicPrefix } from './test-database';
export { waitFor } from './wait-for';
export { ReceivedMessage, collectMessages, testKafka } from './kafka-probe';
export { RecordingLogger, recordingLogger } from './test-logger';
export { TestIssuer, startTestIssuer } from './test-tokens';
export { RunningService, startService } from './start-service';
export { ServiceUnderTest, ServiceUnderTestOptions, startServiceUnderTest } from './start-service-under-test';
export { TcpProxy, createTcpProxy } from './tcp-proxy';
