/** Injection token of the logger for token grants, refresh-token reuse and logout. */
export const AUTH_LOGGER = Symbol('AUTH_LOGGER');
