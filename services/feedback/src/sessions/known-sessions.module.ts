import { Module } from '@nestjs/common';
import { KnownSessionRepository } from './known-session.repository';

@Module({
  providers: [KnownSessionRepository],
  exports: [KnownSessionRepository],
})
export class KnownSessionsModule {}
