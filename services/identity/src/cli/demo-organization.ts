import { Role } from '@mentormesh/auth';

/** A realistic, deterministic demo organization: departments on several continents, managers, mentors. */
const DEPARTMENTS = [
  { name: 'Engineering', zones: ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'] },
  { name: 'Product', zones: ['Europe/London', 'America/Los_Angeles'] },
  { name: 'Design', zones: ['Europe/Lisbon', 'America/Sao_Paulo'] },
  { name: 'Data', zones: ['Europe/Berlin', 'Asia/Singapore'] },
  { name: 'Sales', zones: ['America/Chicago', 'Europe/Paris', 'Australia/Sydney'] },
  { name: 'People', zones: ['Europe/Amsterdam'] },
  { name: 'Finance', zones: ['Europe/Zurich', 'America/New_York'] },
  { name: 'Customer Success', zones: ['America/Denver', 'Asia/Tokyo', 'Europe/Dublin'] },
];
const GIVEN = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Linus',
  'Margaret',
  'Tim',
  'Barbara',
  'Dennis',
  'Frances',
  'Ken',
  'Radia',
  'Guido',
  'Hedy',
  'Edsger',
  'Anita',
  'Yukihiro',
  'Sophie',
  'Bjarne',
  'Shafi',
];
const FAMILY = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Torvalds',
  'Hamilton',
  'Berners-Lee',
  'Liskov',
  'Ritchie',
  'Allen',
  'Thompson',
  'Perlman',
  'van Rossum',
  'Lamarr',
  'Dijkstra',
  'Borg',
  'Matsumoto',
  'Wilson',
  'Stroustrup',
  'Goldwasser',
];
const TITLES = [
  'Engineer',
  'Senior Engineer',
  'Staff Engineer',
  'Manager',
  'Analyst',
  'Specialist',
  'Lead',
  'Director',
];
const LANGUAGES = [
  ['en'],
  ['en', 'de'],
  ['en', 'fr'],
  ['en', 'es'],
  ['en', 'pt'],
  ['en', 'ja'],
  ['en', 'hi'],
];

export interface DemoEmployee {
  readonly email: string;
  readonly displayName: string;
  readonly title: string;
  readonly department: string;
  readonly timeZone: string;
  readonly languages: string[];
  readonly roles: Role[];
  readonly isManager: boolean;
}

export function demoEmployees(count: number): DemoEmployee[] {
  return Array.from({ length: count }, (_, i) => {
    const department = DEPARTMENTS[i % DEPARTMENTS.length];
    const given = GIVEN[i % GIVEN.length];
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length];
    const isManager = i < DEPARTMENTS.length;
    const roles: Role[] = ['EMPLOYEE'];
    if (i % 4 === 0) roles.push('MENTOR');
    if (i === DEPARTMENTS.length) roles.push('LD_MANAGER');
    return {
      email: `${given}.${family}.${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '') + '@demo.mentormesh.dev',
      displayName: `${given} ${family}`,
      title: isManager ? `Head of ${department.name}` : TITLES[i % TITLES.length],
      department: department.name,
      timeZone: department.zones[i % department.zones.length],
      languages: LANGUAGES[i % LANGUAGES.length],
      roles,
      isManager,
    };
  });
}
