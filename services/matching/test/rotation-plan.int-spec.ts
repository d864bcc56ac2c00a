import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Topics, parseEvent } from '@mentormesh/contracts';
import { collectMessages, waitFor } from '@mentormesh/testing';
import { ProgramTestApp, startProgramTestApp } from './program-test-app';

const PLAN = `mutation($input: PlanRotationInput!) { planRotation(input: $input) {
  id name strategy isMixer mentorIds participantIds
  rounds { round sittingOut tables { mentorId participantIds fit crossDepartmentMeetings } }
  quality { totalFit meetingCount crossDepartmentMeetings minSitOuts maxSitOuts }
  roundRobin { totalFit meetingCount crossDepartmentMeetings minSitOuts maxSitOuts } } }`;
const PLAN_OF = `query($id: ID!) { rotationPlan(id: $id) { id rounds { round tables { mentorId participantIds } } } }`;
const MARK = `mutation($input: MarkMeetAgainInput!) { markMeetAgain(input: $input) { chosenIds proposedMatchIds } }`;

interface Quality {
  totalFit: number;
  meetingCount: number;
  crossDepartmentMeetings: number;
  minSitOuts: number;
  maxSitOuts: number;
}
interface Plan {
  id: string;
  strategy: string;
  isMixer: boolean;
  rounds: { round: number; sittingOut: string[]; tables: { mentorId: string; participantIds: string[] }[] }[];
  quality: Quality;
  roundRobin: Quality;
}
type Marked = { markMeetAgain: { chosenIds: string[]; proposedMatchIds: string[] } };

describe('rotation plans: speed mentoring, mentor mixers and meet-again', () => {
  let app: ProgramTestApp;
  const acme = randomUUID();
  const globex = randomUUID();
  let managerToken: string;
  let mentors: string[];
  let participants: string[];
  let plan: Plan;

  beforeAll(async () => {
    app = await startProgramTestApp();
    mentors = await app.seedEmployees(
      acme,
      ['Platform', 'Sales', 'Finance'].map((department) => ({ department })),
    );
    participants = await app.seedEmployees(
      acme,
      ['Platform', 'Sales', 'Finance', 'Legal', 'Platform'].map((department) => ({ department })),
    );
    managerToken = await app.tokenFor(acme, randomUUID(), ['LD_MANAGER']);
  });
  afterAll(() => app.close());

  const planRotation = (input: Record<string, unknown>, token = managerToken) =>
    app.graphql<{ planRotation: Plan }>(
      PLAN,
      {
        input: {
          name: 'Speed mentoring',
          mentorIds: mentors,
          participantIds: participants,
          rounds: 3,
          ...input,
        },
      },
      token,
    );
  const mark = async (employeeId: string, employeeIds: string[], planId = plan.id) =>
    app.graphql<Marked>(MARK, { input: { planId, employeeIds } }, await app.tokenFor(acme, employeeId));

  it('plans a mixer where nobody meets anyone twice, sit-outs are fair, and publishes it for scheduling', async () => {
    const collector = await collectMessages([`${app.topicPrefix}.${Topics.rotationPlan}`]);
    const res = await planRotation({ mixer: true });
    expect(res.errors).toBeUndefined();
    plan = res.data!.planRotation;
    expect(plan.isMixer).toBe(true);
    expect(plan.rounds).toHaveLength(3);
    const met = new Set<string>();
    for (const round of plan.rounds) {
      const busy = round.tables.flatMap((t) => t.participantIds);
      expect(new Set(busy).size).toBe(busy.length);
      for (const table of round.tables) {
        expect(table.participantIds.length).toBeLessThanOrEqual(1);
        for (const p of table.participantIds) {
          expect(met.has(`${p}|${table.mentorId}`)).toBe(false);
          met.add(`${p}|${table.mentorId}`);
        }
      }
      expect(busy.length + round.sittingOut.length).toBe(participants.length);
    }
    expect(plan.quality.maxSitOuts - plan.quality.minSitOuts).toBeLessThanOrEqual(1);
    expect(plan.quality.meetingCount).toBeGreaterThanOrEqual(plan.roundRobin.meetingCount);
    expect(plan.quality.crossDepartmentMeetings).toBeGreaterThanOrEqual(
      plan.roundRobin.crossDepartmentMeetings,
    );

    const message = await waitFor(() => collector.messages.find((m) => m.key === plan.id), {
      what: 'rotation_plan.published',
    });
    await collector.stop();
    const event = parseEvent(message.value);
    expect(event.type).toBe('rotation_plan.published');
    expect(event.payload).toMatchObject({ planId: plan.id, name: 'Speed mentoring', mentorIds: mentors });
    const rounds = (
      event.payload as {
        rounds: { round: number; pairs: { mentorId: string; participantIds: string[] }[] }[];
      }
    ).rounds;
    expect(rounds.map((r) => r.pairs.flatMap((p) => p.participantIds).length)).toEqual(
      plan.rounds.map((r) => r.tables.flatMap((t) => t.participantIds).length),
    );
  });

  it("shows the plan to the event's people and L&D managers only", async () => {
    const mine = await app.graphql<{ rotationPlan: Plan }>(
      PLAN_OF,
      { id: plan.id },
      await app.tokenFor(acme, participants[0]),
    );
    expect(mine.data!.rotationPlan.id).toBe(plan.id);
    const stranger = await app.graphql(PLAN_OF, { id: plan.id }, await app.tokenFor(acme, randomUUID()));
    expect(stranger.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('turns a mutual meet-again choice into one proposed match', async () => {
    const collector = await collectMessages([`${app.topicPrefix}.${Topics.match}`]);
    const table = plan.rounds[0].tables.find((t) => t.participantIds.length > 0)!;
    const [participant, mentor] = [table.participantIds[0], table.mentorId];
    const first = await mark(participant, [mentor]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.markMeetAgain).toEqual({ chosenIds: [mentor], proposedMatchIds: [] });
    const second = await mark(mentor, [participant]);
    expect(second.errors).toBeUndefined();
    const [matchId] = second.data!.markMeetAgain.proposedMatchIds;
    expect(second.data!.markMeetAgain.proposedMatchIds).toHaveLength(1);
    const again = await mark(mentor, [participant]);
    expect(again.data!.markMeetAgain.proposedMatchIds).toEqual([]);

    const message = await waitFor(() => collector.messages.find((m) => m.key === matchId), {
      what: 'match.proposed',
    });
    await collector.stop();
    expect(parseEvent(message.value)).toMatchObject({
      type: 'match.proposed',
      payload: {
        id: matchId,
        programRunId: plan.id,
        menteeId: participant,
        mentorId: mentor,
        status: 'PROPOSED',
      },
    });
  });

  it('rejects a meet-again choice of someone the person did not meet', async () => {
    const table = plan.rounds[0].tables.find((t) => t.participantIds.length > 0)!;
    const participant = table.participantIds[0];
    const notMet = participants.find((p) => p !== participant)!;
    const res = await mark(participant, [notMet]);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'employeeIds[0]' });
  });

  it.each([
    [
      'an unknown participant',
      'participantIds[1]',
      () => ({ participantIds: [participants[0], randomUUID()] }),
    ],
    ['more rounds than mentors', 'rounds', () => ({ rounds: 4 })],
    ['zero rounds', 'rounds', () => ({ rounds: 0 })],
  ])('rejects %s, naming the field %s', async (_case, field, override) => {
    const res = await planRotation(override());
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('lets only L&D managers plan events', async () => {
    const res = await planRotation({}, await app.tokenFor(acme, participants[0], ['EMPLOYEE', 'MENTOR']));
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("never shows one tenant another tenant's plans", async () => {
    const outsider = await app.tokenFor(globex, randomUUID(), ['LD_MANAGER']);
    const res = await app.graphql(PLAN_OF, { id: plan.id }, outsider);
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const client = new Client({ connectionString: app.database.appUrl });
    await client.connect();
    try {
      expect((await client.query('select * from rotation_plans')).rowCount).toBe(0);
      expect((await client.query('select * from meet_again_choices')).rowCount).toBe(0);
    } finally {
      await client.end();
    }
  });

  it('forgets an erased participant: gone from the plan and from meet-again choices', async () => {
    const table = plan.rounds[0].tables.find((t) => t.participantIds.length > 0)!;
    const erased = table.participantIds[0];
    await app.publishErased(acme, erased);
    const seen = await waitFor(
      async () => {
        const res = await app.graphql<{ rotationPlan: Plan }>(PLAN_OF, { id: plan.id }, managerToken);
        const ids = res.data!.rotationPlan.rounds.flatMap((r) => r.tables.flatMap((t) => t.participantIds));
        return ids.includes(erased) ? undefined : res.data!.rotationPlan;
      },
      { what: 'the erased participant gone from the plan' },
    );
    expect(seen.rounds.flatMap((r) => r.tables.map((t) => t.mentorId)).length).toBeGreaterThan(0);
    const left = await app.ownerQuery<{ n: number }>(
      `select (select count(*) from meet_again_choices where chooser_id = $1 or chosen_id = $1)
            + (select count(*) from rotation_plans where input::text like $2 or plan::text like $2) as n`,
      [erased, `%${erased}%`],
    );
    expect(Number(left[0].n)).toBe(0);
  });
});
