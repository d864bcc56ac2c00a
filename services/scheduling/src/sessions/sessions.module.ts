import { Module } from '@nestjs/common';
import { ParticipantsModule } from '../participants/participants.module';
import { SessionRepository } from './session.repository';
import { SessionResolver } from './session.resolver';
import { SessionService } from './session.service';

@Module({
  imports: [ParticipantsModule],
  providers: [SessionRepository, SessionService, SessionResolver],
})
export class SessionsModule {}
