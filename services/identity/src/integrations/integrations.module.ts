import { Module } from '@nestjs/common';
import { IntegrationTokenRepository } from './integration-token.repository';
import { IntegrationTokenResolver } from './integration-token.resolver';
import { IntegrationTokenService } from './integration-token.service';

@Module({
  providers: [IntegrationTokenRepository, IntegrationTokenService, IntegrationTokenResolver],
  exports: [IntegrationTokenService],
})
export class IntegrationsModule {}
