import 'reflect-metadata';
import { DomainError } from '@mentormesh/graphql';
import { EmployeeChange } from './employee-change';
import { RecordDefaults, recordToChange } from './record-to-change';

const catalog = [
  { id: 'k8s', name: 'Kubernetes', aliases: ['k8s'] },
  { id: 'go', name: 'Go', aliases: [] },
];
const defaults: RecordDefaults = {
  timeZone: 'Europe/Berlin',
  locale: 'en',
  findSkill: (name) =>
    catalog.find((s) => [s.name, ...s.aliases].some((n) => n.toLowerCase() === name.toLowerCase())),
};
const base = { externalId: 'E-1', email: 'ada@hr.example', givenName: 'Ada', familyName: 'L' };

function failure(raw: unknown): { field?: string; message: string } {
  const result = recordToChange(raw, defaults);
  if (!(result instanceof DomainError)) throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
  return { field: result.field, message: result.message };
}

describe('recordToChange', () => {
  it('turns a valid record into an upsert by external id, with defaults and resolved skills', () => {
    const change = recordToChange(
      {
        ...base,
        skills: [
          { name: 'K8S', level: 4 },
          { name: 'go', level: 2 },
        ],
      },
      defaults,
    ) as EmployeeChange;
    expect(change.key).toEqual({ externalId: 'E-1' });
    expect(change.desired).toMatchObject({
      displayName: 'Ada L',
      timeZone: 'Europe/Berlin',
      locale: 'en',
      status: 'ACTIVE',
      skills: {
        source: 'HR',
        list: [
          { skillId: 'k8s', name: 'Kubernetes', level: 4, source: 'HR' },
          { skillId: 'go', name: 'Go', level: 2, source: 'HR' },
        ],
      },
    });
  });

  it('leaves skills alone when the record has none, and clears them for an empty list', () => {
    expect((recordToChange(base, defaults) as EmployeeChange).desired.skills).toBeUndefined();
    expect((recordToChange({ ...base, skills: [] }, defaults) as EmployeeChange).desired.skills).toEqual({
      source: 'HR',
      list: [],
    });
  });

  it.each([
    ['an address that is not an email', { ...base, email: 'not-an-email' }, 'email'],
    ['an empty external id', { ...base, externalId: '' }, 'externalId'],
    ['a time-zone abbreviation', { ...base, timeZone: 'CEST' }, 'timeZone'],
    ['skills that are not a list', { ...base, skills: 'Go' }, 'skills'],
    [
      '101 skills',
      { ...base, skills: Array.from({ length: 101 }, () => ({ name: 'Go', level: 1 })) },
      'skills',
    ],
    [
      'an empty skill name',
      {
        ...base,
        skills: [
          { name: 'Go', level: 1 },
          { name: '', level: 1 },
        ],
      },
      'skills.1.name',
    ],
    ['a skill name that is a number', { ...base, skills: [{ name: 42, level: 1 }] }, 'skills.0.name'],
    ['level 6', { ...base, skills: [{ name: 'Go', level: 6 }] }, 'skills.0.level'],
    ['level 2.5', { ...base, skills: [{ name: 'Go', level: 2.5 }] }, 'skills.0.level'],
    ['a level given as text', { ...base, skills: [{ name: 'Go', level: '3' }] }, 'skills.0.level'],
    ['a null skill', { ...base, skills: [null] }, 'skills.0.name'],
    ['a skill not in the catalog', { ...base, skills: [{ name: 'Cobol', level: 3 }] }, 'skills.0.name'],
  ])('rejects %s, naming the field', (_label, raw, field) => {
    expect(failure(raw).field).toBe(field);
  });

  it('rejects what is not a record at all', () => {
    expect(failure(null)).toMatchObject({ field: 'record' });
    expect(failure('E-1')).toMatchObject({ field: 'record' });
  });
});
