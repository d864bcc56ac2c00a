export * from './speed-event.types';
export { layOutRounds, roomOf, roundWindow } from './lay-out-rounds';
export { replanRounds } from './replan-rounds';
export type { ReplanInput, ReplanResult } from './replan-rounds';
