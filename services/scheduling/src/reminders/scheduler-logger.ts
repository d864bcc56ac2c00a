/** The service's pino logger, provided by AppModule for background work (reminders, settlement). */
export const SCHEDULER_LOGGER = Symbol('SCHEDULER_LOGGER');
