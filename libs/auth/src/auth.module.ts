import { DynamicModule, Global, InjectionToken, Module, ModuleMetadata } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JWTVerifyGetKey } from 'jose';
import { AuthGuard } from './auth.guard';
import { TokenVerifier, TokenVerifierSettings } from './token-verifier';

export interface AuthModuleOptions extends TokenVerifierSettings {
  /** Identity's JWKS URL (every service but identity). */
  readonly jwksUrl?: string;
  /** Identity itself verifies with its own key store. */
  readonly localKeys?: {
    readonly imports?: ModuleMetadata['imports'];
    readonly inject: InjectionToken[];
    readonly useFactory: (...deps: never[]) => JWTVerifyGetKey;
  };
}

/** Registers the global AuthGuard and the TokenVerifier it uses. */
@Global()
@Module({})
export class AuthModule {
  static register(options: AuthModuleOptions): DynamicModule {
    const local = options.localKeys;
    const verifierProvider = local
      ? {
          provide: TokenVerifier,
          inject: local.inject,
          useFactory: (...deps: never[]) => new TokenVerifier(local.useFactory(...deps), options),
        }
      : { provide: TokenVerifier, useValue: TokenVerifier.fromJwksUrl(requireUrl(options.jwksUrl), options) };
    return {
      module: AuthModule,
      imports: local?.imports ?? [],
      providers: [verifierProvider, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [TokenVerifier],
    };
  }
}

function requireUrl(url: string | undefined): string {
  if (!url) throw new Error('JWKS_URL is required to verify tokens');
  return url;
}
