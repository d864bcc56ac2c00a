import { Module } from '@nestjs/common';
import { TokensModule } from '../tokens/tokens.module';
import { IntegrationTokenExchangeController } from './integration-token-exchange.controller';
import { IntegrationTokenRepository } from './integration-token.repository';
import { IntegrationTokenResolver } from './integration-token.resolver';
import { IntegrationTokenService } from './integration-token.service';

@Module({
  imports: [TokensModule],
  controllers: [IntegrationTokenExchangeController],
  providers: [IntegrationTokenRepository, IntegrationTokenService, IntegrationTokenResolver],
  exports: [IntegrationTokenService],
})
export class IntegrationsModule {}
