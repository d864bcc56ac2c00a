export { ConfigError, ConfigIssue } from './config.errors';
export { APP_CONFIG, loadConfig, loadConfigOrExit } from './load-config';
export { env, platformShape } from './env-types';
