/** The requests module's logger (a child of the service logger), provided by RequestsModule.register. */
export const MATCHING_LOG = Symbol('MATCHING_REQUESTS_LOG');
