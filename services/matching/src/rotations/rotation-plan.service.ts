import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuthPrincipal, hasAnyRole } from '@mentormesh/auth';
import { TenantTransactions } from '@mentormesh/database';
import { OutboxWriter } from '@mentormesh/messaging';
import { UnknownProgramRunError, translateMatchingError } from '../programs/program.errors';
import { ProgramPeopleRepository } from '../programs/scoring/program-people.repository';
import { buildRotationInput, rotationFieldOf } from './build-rotation-input';
import { evaluateRotationPlan, planRotation, planRoundRobinRotation } from './domain';
import type { PlanRotationInput } from './dto/plan-rotation.input';
import type { RotationPlanModel } from './dto/rotation-plan.model';
import { RotationPlanEntity } from './rotation-plan.entity';
import { RotationPlanRepository } from './rotation-plan.repository';
import { toRotationPlanModel, toRotationPlanPayload } from './rotation-plan.view';

/** Plans speed-mentoring events and mentor mixers, saves them and publishes them for scheduling. */
@Injectable()
export class RotationPlanService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly people: ProgramPeopleRepository,
    private readonly plans: RotationPlanRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  /** Computes the plan (and the round-robin baseline), saves it and writes `rotation_plan.published`. */
  plan(principal: AuthPrincipal, input: PlanRotationInput, now = Date.now()): Promise<RotationPlanModel> {
    const { tenantId } = principal;
    return this.transactions
      .run(tenantId, async (m) => {
        const people = await this.people.load(m, tenantId, [...input.participantIds, ...input.mentorIds]);
        const rotation = buildRotationInput(input, people, now);
        const plan = planRotation(rotation);
        const baseline = evaluateRotationPlan(rotation, planRoundRobinRotation(rotation));
        const saved = await this.plans.insert(m, {
          tenantId,
          id: randomUUID(),
          name: input.name,
          input: rotation,
          plan,
          baseline,
          createdBy: principal.employeeId,
        });
        await this.outbox.append(m, {
          type: 'rotation_plan.published',
          tenantId,
          aggregateId: saved.id,
          aggregateVersion: 1,
          payload: toRotationPlanPayload(saved),
        });
        return this.view(saved);
      })
      .catch((error: unknown) => {
        throw translateMatchingError(error, rotationFieldOf);
      });
  }

  /** For L&D managers, and for the event's own mentors and participants; others hear NOT_FOUND. */
  find(principal: AuthPrincipal, id: string): Promise<RotationPlanModel> {
    const { tenantId } = principal;
    return this.transactions.run(tenantId, async (m) => {
      const plan = await this.plans.find(m, tenantId, id);
      if (!plan || !canSee(principal, plan)) throw new UnknownProgramRunError();
      return this.view(plan);
    });
  }

  private view(entity: RotationPlanEntity): RotationPlanModel {
    return toRotationPlanModel(entity, evaluateRotationPlan(entity.input, entity.plan));
  }
}

function canSee(principal: AuthPrincipal, plan: RotationPlanEntity): boolean {
  if (hasAnyRole(principal, ['LD_MANAGER'])) return true;
  const me = principal.employeeId;
  return (
    plan.input.participants.some((p) => p.participantId === me) ||
    plan.input.mentors.some((m) => m.mentorId === me)
  );
}
