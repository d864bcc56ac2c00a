import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@mentormesh/config';
import { IdentityConfig } from '../config';
import { JwksController } from './jwks.controller';
import { KeyEncryption } from './key-encryption';
import { KeyRotationScheduler } from './key-rotation.scheduler';
import { KeyStore } from './key-store';
import { TokenIssuer } from './token-issuer';

@Module({
  controllers: [JwksController],
  providers: [
    {
      provide: KeyStore,
      inject: [DataSource, APP_CONFIG],
      useFactory: (dataSource: DataSource, config: IdentityConfig) =>
        new KeyStore(
          dataSource,
          new KeyEncryption(config.SIGNING_KEY_SECRET),
          config.SIGNING_KEY_ROTATION_DAYS,
          config.ACCESS_TOKEN_TTL_SECONDS,
        ),
    },
    {
      provide: TokenIssuer,
      inject: [KeyStore, APP_CONFIG],
      useFactory: (keys: KeyStore, config: IdentityConfig) =>
        new TokenIssuer(keys, {
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
        }),
    },
    KeyRotationScheduler,
  ],
  exports: [KeyStore, TokenIssuer],
})
export class TokensModule {}
