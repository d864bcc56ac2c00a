import { Module } from '@nestjs/common';
import { ColleaguesModule } from '../colleagues/colleagues.module';
import { LedgerModule } from '../ledger/ledger.module';
import { EmployeeRecognitionResolver } from './employee-recognition.resolver';
import { KudosRepository } from './kudos.repository';
import { KudosResolver } from './kudos.resolver';
import { KudosService } from './kudos.service';

@Module({
  imports: [ColleaguesModule, LedgerModule],
  providers: [KudosRepository, KudosService, KudosResolver, EmployeeRecognitionResolver],
  exports: [KudosRepository],
})
export class KudosModule {}
