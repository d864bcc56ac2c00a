export {
  DomainError,
  ErrorKind,
  ValidationError,
  NotFoundError,
  UnauthenticatedError,
  ForbiddenError,
  isDomainError,
} from './domain-error';
export { createErrorFormatter } from './format-error';
export { createValidationPipe } from './validation-pipe';
export {
  MAX_PAGE_SIZE,
  PageInput,
  PageInfo,
  Connection,
  Edge,
  connectionOf,
  encodeCursor,
  decodeCursor,
  toConnection,
} from './pagination';
export { subgraphModule, SubgraphOptions } from './subgraph.module';
export { RestErrorFilter } from './rest-error.filter';
