import { buildRotationPlan } from './build-rotation-plan';
import { prepareRotation } from './prepare-rotation';
import type { RotationInput } from './rotation-input';
import type { RotationPlan } from './rotation-plan';

/**
 * Baseline for comparison only: classic rotating seats, ignoring fit. Seats are the mentors'
 * capacity slots (mentor-major per copy, so neighbouring seats are different mentors). With more
 * participants than seats, a block of participants sits out, moving on by a block each round.
 * Players shift one seat per round; a seat whose mentor the player already met (or may not
 * meet) is skipped, which costs the player that round.
 */
export function planRoundRobinRotation(input: RotationInput): RotationPlan {
  const prepared = prepareRotation(input);
  const participantCount = prepared.participantIds.length;
  const mentorCount = prepared.mentorIds.length;
  const seats: number[] = [];
  for (let copy = 0; copy < Math.max(...prepared.capacity); copy++) {
    prepared.capacity.forEach((capacity, mentor) => {
      if (capacity > copy) seats.push(mentor);
    });
  }
  const benchSize = Math.max(0, participantCount - seats.length);
  const met = new Uint8Array(participantCount * mentorCount);
  const rounds = Array.from({ length: prepared.rounds }, (_, round) => {
    const mentorOf = new Int32Array(participantCount).fill(-1);
    const benchStart = (round * benchSize) % Math.max(1, participantCount);
    let position = 0;
    for (let k = 0; k < participantCount; k++) {
      const participant = (benchStart + benchSize + k) % participantCount;
      if (k >= participantCount - benchSize) continue;
      const mentor = seats[(position++ + round) % seats.length];
      const cell = participant * mentorCount + mentor;
      if (prepared.fit[cell] < 0 || met[cell] === 1) continue;
      met[cell] = 1;
      mentorOf[participant] = mentor;
    }
    return mentorOf;
  });
  return buildRotationPlan(prepared, rounds, 'ROUND_ROBIN');
}
