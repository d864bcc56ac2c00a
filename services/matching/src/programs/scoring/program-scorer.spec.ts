import type { ProgramPeople, ProgramPerson } from './program-people';
import { ProgramScorer } from './program-scorer';

const NOW = Date.UTC(2025, 0, 6, 9, 0);

function person(id: string, overrides: Partial<ProgramPerson> = {}): ProgramPerson {
  return {
    id,
    department: 'Engineering',
    timeZone: 'Europe/Berlin',
    languages: ['en'],
    isActive: true,
    skills: [],
    profile: null,
    managerChainIds: [],
    ...overrides,
  };
}

function peopleOf(...list: ProgramPerson[]): ProgramPeople {
  return { byId: new Map(list.map((p) => [p.id, p])), skills: new Map([['k8s', 'Kubernetes']]) };
}

const profile = {
  topics: [],
  interests: [],
  goals: [],
  expertise: [],
  isVetted: true,
  formats: [],
  sessionLengths: [30],
  capacityPerWeek: 2,
  pausedUntil: null,
  availableNow: false,
};

describe('ProgramScorer', () => {
  const people = peopleOf(
    person('mentee', { managerChainIds: ['boss'] }),
    person('expert', { skills: [{ skillId: 'k8s', name: 'Kubernetes', level: 5 }] }),
    person('novice'),
    person('boss', { skills: [{ skillId: 'k8s', name: 'Kubernetes', level: 5 }] }),
    person('gone', { isActive: false }),
    person('away', { profile: { ...profile, pausedUntil: NOW + 86_400_000 } }),
    person('full', { profile: { ...profile, capacityPerWeek: 0 } }),
  );
  const scorer = new ProgramScorer(people, { skillIds: ['k8s'], topics: [], lengthMinutes: 30 }, NOW);

  it.each([
    ['mentee', 'SELF'],
    ['boss', 'MANAGER_CHAIN'],
    ['gone', 'INACTIVE'],
    ['away', 'PAUSED'],
    ['full', 'OVER_CAPACITY'],
  ])('applies the recommendation hard rules: %s is excluded as %s', (mentorId, reason) => {
    expect(scorer.rate('mentee', mentorId)).toEqual({ score: 0, excludedBy: reason });
    expect(scorer.isEligible('mentee', mentorId)).toBe(false);
  });

  it("scores a mentor with the program's focus skill above one without, and says why", () => {
    const expert = scorer.rate('mentee', 'expert');
    const novice = scorer.rate('mentee', 'novice');
    expect(expert.excludedBy).toBeNull();
    expect(expert.score).toBeGreaterThan(novice.score);
    expect(scorer.reasons('mentee', 'expert')[0]).toMatch(/Kubernetes/);
  });

  it('scores even excluded pairs on request (events, where the manager picked the mentors)', () => {
    expect(scorer.fit('mentee', 'boss')).toBeGreaterThan(0);
  });
});
