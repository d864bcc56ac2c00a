import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { EmployeeMentorProfileResolver } from './employee-mentor-profile.resolver';
import { MentorProfileRepository } from './mentor-profile.repository';
import { MentorProfileService } from './mentor-profile.service';

@Module({
  imports: [EmployeesModule],
  providers: [MentorProfileRepository, MentorProfileService, EmployeeMentorProfileResolver],
})
export class MentorProfilesModule {}
