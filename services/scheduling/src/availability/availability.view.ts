import type { AvailabilityView } from './availability.service';
import { OverrideKind } from './dto/date-override.input';
import { AvailabilityModel } from './dto/availability.model';

export function toAvailabilityModel({ availability, feed }: AvailabilityView): AvailabilityModel {
  const { rules } = availability;
  return {
    employeeId: availability.employeeId,
    timeZone: rules.timeZone,
    weekly: rules.weekly.map((r) => ({ weekdays: [...r.weekdays], start: r.start, end: r.end })),
    overrides: rules.overrides.map((o) => ({
      date: o.date,
      kind: o.kind as OverrideKind,
      ranges: o.kind === 'blocked' ? [] : o.ranges.map((r) => ({ start: r.start, end: r.end })),
    })),
    timeOff: availability.timeOff.map((t) => ({ id: t.id, start: t.start, end: t.end })),
    bufferBeforeMinutes: rules.bufferBeforeMinutes,
    bufferAfterMinutes: rules.bufferAfterMinutes,
    minimumNoticeMinutes: rules.minimumNoticeMinutes,
    horizonDays: rules.horizonDays,
    maxSessionsPerDay: rules.maxSessionsPerDay,
    maxSessionsPerWeek: rules.maxSessionsPerWeek,
    sessionLengths: [...rules.sessionLengths],
    slotGranularityMinutes: rules.slotGranularityMinutes,
    calendarFeed: feed,
  };
}
