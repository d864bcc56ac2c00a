import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } });
}

/** Depth of a selection set, following fragments; stops counting once past `limit`. */
function depthOf(
  set: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  limit: number,
  depth = 0,
  visiting: ReadonlySet<string> = new Set(),
): number {
  if (!set || depth > limit) return depth;
  let deepest = depth;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, limit, depth + 1, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, limit, depth, visiting));
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !visiting.has(fragment.name.value)) {
        const next = new Set(visiting).add(fragment.name.value);
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, limit, depth, next));
      }
    }
  }
  return deepest;
}

/** Rejects over-deep queries and alias floods before anything reaches a subgraph. */
export function queryLimitRules(maxDepth: number, maxAliases: number): ValidationRule[] {
  const depthRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      const depth = depthOf(operation.selectionSet, fragments, maxDepth);
      if (depth > maxDepth) context.reportError(tooComplex(`query depth exceeds the limit of ${maxDepth}`));
    },
  });
  const aliasRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias && ++aliases === maxAliases + 1) {
          context.reportError(tooComplex(`more than ${maxAliases} aliases in one query`));
        }
      },
    };
  };
  return [depthRule, aliasRule];
}
