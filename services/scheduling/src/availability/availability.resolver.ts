import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthPrincipal, CurrentPrincipal, Roles } from '@mentormesh/auth';
import { ValidationError } from '@mentormesh/graphql';
import { AvailabilityService } from './availability.service';
import { toAvailabilityModel } from './availability.view';
import { AvailabilityModel } from './dto/availability.model';
import { DateOverrideInput } from './dto/date-override.input';
import { SetAvailabilityInput } from './dto/set-availability.input';
import { TimeOffInput } from './dto/time-off.input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => AvailabilityModel)
export class AvailabilityResolver {
  constructor(private readonly service: AvailabilityService) {}

  @Query(() => AvailabilityModel, { nullable: true, description: 'Your availability; null until you set it' })
  async myAvailability(@CurrentPrincipal() principal: AuthPrincipal): Promise<AvailabilityModel | null> {
    const view = await this.service.find(principal);
    return view && toAvailabilityModel(view);
  }

  @Query(() => AvailabilityModel, { nullable: true, description: 'Any employee’s availability (ORG_ADMIN)' })
  @Roles('ORG_ADMIN')
  async availability(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('employeeId', { type: () => ID }) employeeId: string,
  ): Promise<AvailabilityModel | null> {
    const view = await this.service.find(principal, checkedId('employeeId', employeeId));
    return view && toAvailabilityModel(view);
  }

  @Mutation(() => AvailabilityModel, {
    description: 'Replaces settings and weekly rules (yours; ORG_ADMIN: anyone’s)',
  })
  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  async setAvailability(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: SetAvailabilityInput,
  ): Promise<AvailabilityModel> {
    return toAvailabilityModel(await this.service.set(principal, input));
  }

  @Mutation(() => AvailabilityModel, { description: 'Blocks, extends or replaces the hours of one date' })
  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  async setAvailabilityOverride(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: DateOverrideInput,
  ): Promise<AvailabilityModel> {
    return toAvailabilityModel(await this.service.setOverride(principal, input));
  }

  @Mutation(() => AvailabilityModel)
  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  async removeAvailabilityOverride(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('date') date: string,
    @Args('employeeId', { type: () => ID, nullable: true }) employeeId?: string,
  ): Promise<AvailabilityModel> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ValidationError('date', 'must be YYYY-MM-DD');
    return toAvailabilityModel(await this.service.removeOverride(principal, date, employeeId));
  }

  @Mutation(() => AvailabilityModel)
  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  async addTimeOff(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('input') input: TimeOffInput,
  ): Promise<AvailabilityModel> {
    return toAvailabilityModel(await this.service.addTimeOff(principal, input));
  }

  @Mutation(() => AvailabilityModel)
  @Roles('EMPLOYEE', 'MENTOR', 'LD_MANAGER', 'ORG_ADMIN')
  async removeTimeOff(
    @CurrentPrincipal() principal: AuthPrincipal,
    @Args('id', { type: () => ID }) id: string,
    @Args('employeeId', { type: () => ID, nullable: true }) employeeId?: string,
  ): Promise<AvailabilityModel> {
    return toAvailabilityModel(await this.service.removeTimeOff(principal, checkedId('id', id), employeeId));
  }
}

export function checkedId(field: string, value: string): string {
  if (!UUID.test(value)) throw new ValidationError(field, 'must be an id');
  return value;
}
