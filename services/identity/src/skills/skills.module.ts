import { Module } from '@nestjs/common';
import { EmployeesModule } from '../employees/employees.module';
import { SkillCatalogService } from './skill-catalog.service';
import { SkillRepository } from './skill.repository';
import { SkillResolver } from './skill.resolver';

@Module({
  imports: [EmployeesModule],
  providers: [SkillRepository, SkillCatalogService, SkillResolver],
  exports: [SkillCatalogService],
})
export class SkillsModule {}
