import { buildRotationPlan } from './build-rotation-plan';
import { planRotationGlobally } from './plan-rotation-globally';
import { planRotationPerRound } from './plan-rotation-per-round';
import { prepareRotation } from './prepare-rotation';
import type { RotationInput } from './rotation-input';
import type { RotationPlan } from './rotation-plan';

/**
 * Plans a speed-mentoring event or mentor mixer. When nobody needs to sit out more than once
 * (seats × rounds cover all but at most one round per participant), the plan is the global
 * optimum over all rounds; otherwise rounds are optimized one by one so sit-outs can be ordered
 * fairly (nobody sits out twice before everyone sat out once). Validation errors name the field.
 */
export function planRotation(input: RotationInput): RotationPlan {
  const prepared = prepareRotation(input);
  const seats = prepared.capacity.reduce((sum, capacity) => sum + capacity, 0);
  const participantCount = prepared.participantIds.length;
  const unavoidableSitOuts = prepared.rounds * Math.max(0, participantCount - seats);
  if (unavoidableSitOuts <= participantCount) {
    const rounds = planRotationGlobally(prepared);
    if (rounds !== null) return buildRotationPlan(prepared, rounds, 'GLOBAL_OPTIMUM');
  }
  return buildRotationPlan(prepared, planRotationPerRound(prepared), 'PER_ROUND');
}

/** Round-by-round optimization only (for comparisons). */
export function planRotationRoundByRound(input: RotationInput): RotationPlan {
  const prepared = prepareRotation(input);
  return buildRotationPlan(prepared, planRotationPerRound(prepared), 'PER_ROUND');
}
