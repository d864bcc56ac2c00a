import { buildSkillNameIndex } from './skill-name-index';

describe('buildSkillNameIndex', () => {
  const find = buildSkillNameIndex([
    { id: 'k8s', name: 'Kubernetes', aliases: ['k8s', 'Container  orchestration'] },
    { id: 'go', name: 'Go', aliases: ['golang', 'shared'] },
    { id: 'rust', name: 'Rust', aliases: ['shared'] },
    { id: 'golang', name: 'Golang', aliases: [] },
  ]);

  it('finds a skill by its name regardless of case and spacing', () => {
    expect(find('  kubernetes ')?.id).toBe('k8s');
  });

  it('finds a skill by alias when no skill has that name', () => {
    expect(find('K8S')?.id).toBe('k8s');
    expect(find('container orchestration')?.id).toBe('k8s');
  });

  it('prefers a name over an alias and refuses an alias two skills share', () => {
    expect(find('golang')?.id).toBe('golang');
    expect(find('shared')).toBeUndefined();
    expect(find('cobol')).toBeUndefined();
  });
});
