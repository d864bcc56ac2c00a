export { fetchBusyBlocks } from './fetch-busy-blocks';
export type {
  FeedAllowList,
  FetchBusyBlocksOptions,
  FetchBusyBlocksResult,
  HostResolver,
} from './feed.types';
export { isForbiddenAddress } from './address-policy';
export { busyBlocksFromIcs } from './busy-blocks-from-ics';
export type { BusyExpansion } from './busy-blocks-from-ics';
