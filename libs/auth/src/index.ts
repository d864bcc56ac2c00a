export { ROLES, Role, AuthPrincipal, claimsSchema, hasAnyRole } from './principal';
export { TokenVerifier, TokenVerifierSettings } from './token-verifier';
export {
  Public,
  Roles,
  CurrentPrincipal,
  requestOf,
  RequestWithPrincipal,
  PUBLIC_KEY,
  ROLES_KEY,
} from './decorators';
export { AuthGuard } from './auth.guard';
export { AuthModule, AuthModuleOptions } from './auth.module';
