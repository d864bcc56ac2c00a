import { Module } from '@nestjs/common';
import { ReminderDispatcher } from './reminder.dispatcher';
import { ReminderPlanner } from './reminder-planner';
import { ReminderRepository } from './reminder.repository';

@Module({
  providers: [ReminderRepository, ReminderPlanner, ReminderDispatcher],
  exports: [ReminderPlanner, ReminderRepository, ReminderDispatcher],
})
export class RemindersModule {}
