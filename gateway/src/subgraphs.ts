/** The subgraphs the gateway composes, in a fixed order; URLs come from configuration. */
export const SUBGRAPHS = ['identity', 'matching', 'scheduling', 'feedback', 'recognition'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export const DEFAULT_SUBGRAPH_PORTS: Readonly<Record<SubgraphName, number>> = {
  identity: 4001,
  matching: 4002,
  scheduling: 4003,
  feedback: 4004,
  recognition: 4005,
};
