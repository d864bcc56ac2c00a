export { PlatformConfig, ServiceDefinition, platformModules, configProvider } from './platform-modules';
export { SCHEMA_ONLY_ENV, printServiceSubgraph } from './print-subgraph-schema';
