/** The demo organization's skill catalog: names, aliases, category and related skills (by name). */
export interface DemoSkill {
  readonly name: string;
  readonly category: string;
  readonly aliases: readonly string[];
  readonly related: readonly (readonly [string, number])[];
}

const s = (
  name: string,
  category: string,
  aliases: string[] = [],
  related: [string, number][] = [],
): DemoSkill => ({
  name,
  category,
  aliases,
  related,
});

export const DEMO_SKILLS: readonly DemoSkill[] = [
  s(
    'TypeScript',
    'Engineering',
    ['ts'],
    [
      ['JavaScript', 0.9],
      ['Node.js', 0.6],
    ],
  ),
  s('JavaScript', 'Engineering', ['js', 'ecmascript']),
  s('Node.js', 'Engineering', ['nodejs', 'node'], [['JavaScript', 0.8]]),
  s(
    'React',
    'Engineering',
    ['reactjs'],
    [
      ['JavaScript', 0.7],
      ['Frontend performance', 0.5],
    ],
  ),
  s('Go', 'Engineering', ['golang']),
  s('Python', 'Engineering', ['py'], [['Pandas', 0.6]]),
  s('Java', 'Engineering', ['jvm'], [['Kotlin', 0.7]]),
  s('Kotlin', 'Engineering'),
  s('Rust', 'Engineering', ['rustlang']),
  s('SQL', 'Data', ['structured query language'], [['PostgreSQL', 0.8]]),
  s('PostgreSQL', 'Engineering', ['postgres', 'psql']),
  s(
    'Kubernetes',
    'Engineering',
    ['k8s', 'container orchestration'],
    [
      ['Docker', 0.7],
      ['Helm', 0.6],
    ],
  ),
  s('Docker', 'Engineering', ['containers']),
  s('Helm', 'Engineering', ['helm charts']),
  s('Terraform', 'Engineering', ['infrastructure as code', 'iac'], [['AWS', 0.5]]),
  s('AWS', 'Engineering', ['amazon web services']),
  s('Kafka', 'Engineering', ['apache kafka', 'event streaming'], [['Distributed systems', 0.6]]),
  s('Distributed systems', 'Engineering'),
  s('System design', 'Engineering', ['architecture'], [['Distributed systems', 0.7]]),
  s('Incident response', 'Engineering', ['on-call', 'incident management'], [['Observability', 0.6]]),
  s('Observability', 'Engineering', ['monitoring', 'tracing']),
  s('Security', 'Engineering', ['appsec', 'application security']),
  s('Testing', 'Engineering', ['test automation', 'qa'], [['Code review', 0.4]]),
  s('Code review', 'Engineering'),
  s('Frontend performance', 'Engineering', ['web performance']),
  s(
    'Machine learning',
    'Data',
    ['ml'],
    [
      ['Python', 0.6],
      ['Statistics', 0.7],
    ],
  ),
  s('Statistics', 'Data', ['stats']),
  s('Pandas', 'Data'),
  s('Data visualization', 'Data', ['dataviz', 'dashboards'], [['SQL', 0.4]]),
  s('Data modeling', 'Data', ['dimensional modeling'], [['SQL', 0.7]]),
  s('A/B testing', 'Data', ['experimentation'], [['Statistics', 0.8]]),
  s('Product discovery', 'Product', ['discovery'], [['User research', 0.7]]),
  s('Roadmapping', 'Product', ['roadmap planning'], [['Stakeholder management', 0.5]]),
  s(
    'Product analytics',
    'Product',
    [],
    [
      ['A/B testing', 0.6],
      ['SQL', 0.4],
    ],
  ),
  s('Writing specs', 'Product', ['prd', 'product requirements']),
  s('User research', 'Design', ['ux research', 'user interviews']),
  s('UX design', 'Design', ['ux', 'interaction design'], [['User research', 0.6]]),
  s('UI design', 'Design', ['visual design'], [['Figma', 0.7]]),
  s('Figma', 'Design'),
  s('Accessibility', 'Design', ['a11y'], [['UI design', 0.4]]),
  s(
    'Design systems',
    'Design',
    [],
    [
      ['UI design', 0.7],
      ['React', 0.3],
    ],
  ),
  s('Negotiation', 'Sales', ['deal negotiation']),
  s('Account management', 'Sales', ['key accounts'], [['Stakeholder management', 0.5]]),
  s('Sales forecasting', 'Sales', ['pipeline forecasting']),
  s('Prospecting', 'Sales', ['lead generation', 'outbound']),
  s('CRM', 'Sales', ['salesforce']),
  s('Customer onboarding', 'Customer Success', ['onboarding'], [['Account management', 0.4]]),
  s('Churn prevention', 'Customer Success', ['retention']),
  s('Support escalations', 'Customer Success', ['escalation handling']),
  s('Financial modeling', 'Finance', ['fp&a', 'forecast models'], [['Budgeting', 0.6]]),
  s('Budgeting', 'Finance'),
  s('Accounting', 'Finance', ['bookkeeping', 'gaap']),
  s('Excel', 'Finance', ['spreadsheets']),
  s('Recruiting', 'People', ['hiring', 'talent acquisition'], [['Interviewing', 0.8]]),
  s('Interviewing', 'People'),
  s('Performance reviews', 'People', ['feedback conversations']),
  s('People management', 'Leadership', ['managing people', 'team lead'], [['Coaching', 0.7]]),
  s('Coaching', 'Leadership', ['mentoring']),
  s('Stakeholder management', 'Leadership', ['managing up']),
  s('Public speaking', 'Leadership', ['presenting', 'presentations']),
  s('Career growth', 'Leadership', ['career development', 'promotion'], [['Coaching', 0.5]]),
  s('Time management', 'Leadership', ['prioritization']),
];

const BY_DEPARTMENT: Record<string, string[]> = {
  Engineering: [
    'TypeScript',
    'Node.js',
    'React',
    'Go',
    'Python',
    'Java',
    'Kubernetes',
    'Docker',
    'PostgreSQL',
    'Kafka',
    'System design',
    'Incident response',
    'Testing',
    'Security',
    'Terraform',
    'AWS',
    'Rust',
    'Observability',
  ],
  Product: [
    'Product discovery',
    'Roadmapping',
    'Product analytics',
    'Writing specs',
    'User research',
    'SQL',
    'Stakeholder management',
  ],
  Design: ['UX design', 'UI design', 'Figma', 'Accessibility', 'Design systems', 'User research'],
  Data: [
    'SQL',
    'Python',
    'Machine learning',
    'Statistics',
    'Pandas',
    'Data visualization',
    'Data modeling',
    'A/B testing',
  ],
  Sales: ['Negotiation', 'Account management', 'Sales forecasting', 'Prospecting', 'CRM', 'Public speaking'],
  People: ['Recruiting', 'Interviewing', 'Performance reviews', 'Coaching', 'Career growth'],
  Finance: ['Financial modeling', 'Budgeting', 'Accounting', 'Excel', 'SQL'],
  'Customer Success': [
    'Customer onboarding',
    'Churn prevention',
    'Support escalations',
    'Account management',
    'CRM',
  ],
};
const GENERAL = [
  'Public speaking',
  'Time management',
  'Stakeholder management',
  'Coaching',
  'Career growth',
  'People management',
];

/** 3 to 6 deterministic skills for the i-th demo employee: mostly their department's, one general. */
export function demoSkillsOf(
  i: number,
  department: string,
  isManager: boolean,
): { name: string; level: number }[] {
  const pool = BY_DEPARTMENT[department] ?? [];
  const count = 2 + (i % 4);
  const picked = new Map<string, number>();
  for (let k = 0; picked.size < Math.min(count, pool.length) && k < pool.length * 2; k++) {
    picked.set(pool[(i * 5 + k * 3) % pool.length], 1 + ((i + k * 2) % 5));
  }
  picked.set(isManager ? 'People management' : GENERAL[i % GENERAL.length], isManager ? 5 : 1 + (i % 4));
  return [...picked].map(([name, level]) => ({ name, level }));
}
