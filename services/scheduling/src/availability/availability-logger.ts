/** Logger of the availability background work (feed poller, summary publisher), provided by the app module. */
export const AVAILABILITY_LOGGER = Symbol('AVAILABILITY_LOGGER');
