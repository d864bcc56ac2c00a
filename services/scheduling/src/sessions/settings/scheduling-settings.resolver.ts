import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { SchedulingSettings } from './scheduling-settings';
import { SchedulingSettingsModel, UpdateSchedulingSettingsInput } from './scheduling-settings.model';
import { SchedulingSettingsRepository } from './scheduling-settings.repository';

@Resolver(() => SchedulingSettingsModel)
export class SchedulingSettingsResolver {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly settings: SchedulingSettingsRepository,
  ) {}

  @Roles('ORG_ADMIN')
  @Query(() => SchedulingSettingsModel, { description: "Your organization's booking rules (admins)" })
  schedulingSettings(@CurrentPrincipal() principal: AuthPrincipal): Promise<SchedulingSettingsModel> {
    return this.transactions.run(principal.tenantId, async (m) =>
      toModel(await this.settings.find(m, principal.tenantId)),
    );
  }

  @Roles('ORG_ADMIN')
  @Mutation(() => SchedulingSettingsModel, { description: 'Changes booking rules; omitted fields stay' })
  updateSchedulingSettings(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: UpdateSchedulingSettingsInput,
  ): Promise<SchedulingSettingsModel> {
    const { tenantId } = principal;
    return this.transactions.run(tenantId, async (m) => {
      const current = await this.settings.find(m, tenantId);
      const next: SchedulingSettings = {
        directBookingAllowed: input.directBookingAllowed ?? current.directBookingAllowed,
        reminderOffsetsMinutes: input.reminderOffsetsMinutes ?? current.reminderOffsetsMinutes,
        videoBaseUrl: input.videoBaseUrl ?? current.videoBaseUrl,
        policy: {
          ...current.policy,
          cancelUntilMinutesBeforeStart:
            input.cancelUntilMinutesBeforeStart ?? current.policy.cancelUntilMinutesBeforeStart,
          rescheduleUntilMinutesBeforeStart:
            input.rescheduleUntilMinutesBeforeStart ?? current.policy.rescheduleUntilMinutesBeforeStart,
          cancellationReasonRequired:
            input.cancellationReasonRequired ?? current.policy.cancellationReasonRequired,
          autoCompleteAfterMinutes: input.autoCompleteAfterMinutes ?? current.policy.autoCompleteAfterMinutes,
        },
      };
      await this.settings.save(m, tenantId, next);
      return toModel(next);
    });
  }
}

function toModel(s: SchedulingSettings): SchedulingSettingsModel {
  return {
    directBookingAllowed: s.directBookingAllowed,
    reminderOffsetsMinutes: [...s.reminderOffsetsMinutes],
    videoBaseUrl: s.videoBaseUrl,
    cancelUntilMinutesBeforeStart: s.policy.cancelUntilMinutesBeforeStart,
    rescheduleUntilMinutesBeforeStart: s.policy.rescheduleUntilMinutesBeforeStart,
    cancellationReasonRequired: s.policy.cancellationReasonRequired,
    autoCompleteAfterMinutes: s.policy.autoCompleteAfterMinutes,
  };
}
