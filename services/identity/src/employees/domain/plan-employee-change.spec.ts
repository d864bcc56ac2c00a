import { EmployeeState } from './employee-state';
import { planEmployeeChange } from './plan-employee-change';

const state: EmployeeState = {
  externalId: 'E-1',
  employeeNumber: '7',
  email: 'ada@acme.example',
  userName: null,
  displayName: 'Ada',
  givenName: 'Ada',
  familyName: 'Lovelace',
  title: 'Analyst',
  department: 'Eng',
  costCenter: 'CC-1',
  managerId: null,
  location: null,
  timeZone: 'Europe/London',
  locale: 'en',
  languages: ['en'],
  status: 'ACTIVE',
  roles: ['EMPLOYEE', 'MENTOR'],
  hireDate: '2020-01-01',
  skills: [
    { skillId: 'b', name: 'Go', level: 3, source: 'HR' },
    { skillId: 'a', name: 'Rust', level: 2, source: 'SELF' },
  ],
};

describe('planEmployeeChange', () => {
  const created = planEmployeeChange(null, 'id-1', state);
  const stored = {
    id: 'id-1',
    version: 1,
    status: 'ACTIVE' as const,
    recordDigest: created.recordDigest,
    snapshotDigest: created.snapshotDigest,
  };

  it('creates version 1 with a snapshot', () => {
    expect(created).toMatchObject({ kind: 'CREATED', version: 1, deactivated: false });
    expect(created.snapshot?.skills.map((s) => s.skillId)).toEqual(['a', 'b']);
  });

  it('changes nothing when only the order of roles, skills or keys differs', () => {
    const reordered = {
      ...state,
      roles: ['MENTOR', 'EMPLOYEE'] as const,
      skills: [...state.skills].reverse(),
    };
    const { email, ...rest } = reordered;
    expect(
      planEmployeeChange(stored, 'other', { email, ...rest, roles: [...reordered.roles] }),
    ).toMatchObject({
      kind: 'UNCHANGED',
      version: 1,
      snapshot: null,
    });
  });

  it('bumps the version without publishing when only HR-private fields change', () => {
    expect(planEmployeeChange(stored, 'id-1', { ...state, costCenter: 'CC-2' })).toMatchObject({
      kind: 'UPDATED',
      version: 2,
      snapshot: null,
    });
  });

  it('publishes a changed snapshot, and a deactivation when the employee stops being active', () => {
    const renamed = planEmployeeChange(stored, 'id-1', { ...state, title: 'Lead' });
    expect(renamed).toMatchObject({
      kind: 'UPDATED',
      version: 2,
      deactivated: false,
      snapshot: { id: 'id-1', title: 'Lead' },
    });
    expect(planEmployeeChange(stored, 'id-1', { ...state, status: 'INACTIVE' })).toMatchObject({
      deactivated: true,
      snapshot: { status: 'INACTIVE' },
    });
  });
});
