import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DEFAULT_SCHEDULING_SETTINGS, SchedulingSettings } from './scheduling-settings';

interface SettingsRow {
  readonly direct_booking_allowed: boolean;
  readonly reminder_offsets_minutes: number[];
  readonly video_base_url: string | null;
  readonly cancel_until_minutes: number;
  readonly reschedule_until_minutes: number;
  readonly cancellation_reason_required: boolean;
  readonly auto_complete_after_minutes: number;
}

/** The only SQL for scheduling_settings; always inside a tenant transaction. */
@Injectable()
export class SchedulingSettingsRepository {
  async find(manager: EntityManager, tenantId: string): Promise<SchedulingSettings> {
    const [row]: SettingsRow[] = await manager.query(
      'select * from scheduling_settings where tenant_id = $1',
      [tenantId],
    );
    if (!row) return DEFAULT_SCHEDULING_SETTINGS;
    return {
      directBookingAllowed: row.direct_booking_allowed,
      reminderOffsetsMinutes: row.reminder_offsets_minutes,
      videoBaseUrl: row.video_base_url,
      policy: {
        ...DEFAULT_SCHEDULING_SETTINGS.policy,
        cancelUntilMinutesBeforeStart: row.cancel_until_minutes,
        rescheduleUntilMinutesBeforeStart: row.reschedule_until_minutes,
        cancellationReasonRequired: row.cancellation_reason_required,
        autoCompleteAfterMinutes: row.auto_complete_after_minutes,
      },
    };
  }

  async save(manager: EntityManager, tenantId: string, s: SchedulingSettings): Promise<void> {
    await manager.query(
      `insert into scheduling_settings (tenant_id, direct_booking_allowed, reminder_offsets_minutes, video_base_url,
         cancel_until_minutes, reschedule_until_minutes, cancellation_reason_required, auto_complete_after_minutes)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (tenant_id) do update set
         direct_booking_allowed = excluded.direct_booking_allowed,
         reminder_offsets_minutes = excluded.reminder_offsets_minutes, video_base_url = excluded.video_base_url,
         cancel_until_minutes = excluded.cancel_until_minutes,
         reschedule_until_minutes = excluded.reschedule_until_minutes,
         cancellation_reason_required = excluded.cancellation_reason_required,
         auto_complete_after_minutes = excluded.auto_complete_after_minutes, updated_at = now()`,
      [
        tenantId,
        s.directBookingAllowed,
        [...s.reminderOffsetsMinutes],
        s.videoBaseUrl,
        s.policy.cancelUntilMinutesBeforeStart,
        s.policy.rescheduleUntilMinutesBeforeStart,
        s.policy.cancellationReasonRequired,
        s.policy.autoCompleteAfterMinutes,
      ],
    );
  }
}
