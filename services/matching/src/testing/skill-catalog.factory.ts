import type { SkillCatalog } from '../recommendations/domain';

/** A tiny catalog: Kubernetes ↔ Docker, Helm → Kubernetes, Go, TypeScript. */
export function buildSkillCatalog(): SkillCatalog {
  return {
    skills: [
      {
        skillId: 'kubernetes',
        name: 'Kubernetes',
        aliases: ['k8s'],
        related: [{ skillId: 'docker', strength: 0.6 }],
      },
      { skillId: 'docker', name: 'Docker', aliases: ['containers'], related: [] },
      {
        skillId: 'helm',
        name: 'Helm',
        aliases: ['helm charts'],
        related: [{ skillId: 'kubernetes', strength: 0.5 }],
      },
      { skillId: 'go', name: 'Go', aliases: ['golang'], related: [] },
      { skillId: 'typescript', name: 'TypeScript', aliases: ['ts'], related: [] },
    ],
  };
}
