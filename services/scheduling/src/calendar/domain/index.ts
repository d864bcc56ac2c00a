export * from './calendar.types';
export { buildSessionInvite } from './build-session-invite';
export type { InviteMethod } from './build-session-invite';
export { buildPersonalCalendarFeed } from './build-personal-calendar-feed';
export type { PersonalFeedInput } from './build-personal-calendar-feed';
export { sessionUid } from './session-uid';
export { buildVtimezone } from './vtimezone';
