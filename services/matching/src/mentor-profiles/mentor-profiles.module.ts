import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { EmployeeMentorProfileResolver } from './employee-mentor-profile.resolver';
import { MentorProfileRepository } from './mentor-profile.repository';
import { MentorProfileResolver } from './mentor-profile.resolver';
import { MentorProfileService } from './mentor-profile.service';

@Module({
  imports: [EmployeesModule, ReadModelsModule],
  providers: [
    MentorProfileRepository,
    MentorProfileService,
    EmployeeMentorProfileResolver,
    MentorProfileResolver,
  ],
  exports: [MentorProfileRepository],
})
export class MentorProfilesModule {}
