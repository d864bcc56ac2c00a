export type {
  RotationFit,
  RotationInput,
  RotationMentor,
  RotationPairRef,
  RotationParticipant,
} from './rotation-input';
export type { RotationMeeting, RotationPlan, RotationRound, RotationStrategy } from './rotation-plan';
export { planRotation, planRotationRoundByRound } from './plan-rotation';
export { planRoundRobinRotation } from './plan-round-robin-rotation';
export { evaluateRotationPlan, type RotationPlanReport } from './evaluate-rotation-plan';
export { findMutualMeetAgain, type MeetAgainChoice, type MeetAgainPair } from './find-mutual-meet-again';
export { ROTATION_LIMITS } from './prepare-rotation';
