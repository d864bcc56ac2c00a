import { Filter, parse } from 'scim2-parse-filter';
import { ScimProtocolError } from './scim.errors';
import { SCIM } from './scim-schemas';

export interface UserCriterion {
  readonly attribute: 'userName' | 'externalId' | 'email';
  readonly value: string;
}

const ATTRIBUTES: Record<string, UserCriterion['attribute']> = {
  username: 'userName',
  externalid: 'externalId',
  'emails.value': 'email',
  emails: 'email',
};

function unsupported(filter: string): ScimProtocolError {
  return new ScimProtocolError(
    400,
    'invalidFilter',
    `filter: ${JSON.stringify(filter)} is not supported; use userName eq, externalId eq or emails.value eq`,
  );
}

function attributeOf(path: string): UserCriterion['attribute'] | undefined {
  const plain = path.startsWith(`${SCIM.user}:`) ? path.slice(SCIM.user.length + 1) : path;
  return ATTRIBUTES[plain.toLowerCase()];
}

const isWorkType = (f: Filter): boolean =>
  f.op === 'eq' && 'attrPath' in f && f.attrPath.toLowerCase() === 'type' && f.compValue === 'work';

/**
 * The filters identity providers send to find a user before creating it: `userName eq`, `externalId eq`,
 * `emails.value eq`, and the work-email forms `emails[type eq "work"].value eq` /
 * `emails[type eq "work" and value eq ...]`. Anything else is an invalidFilter error.
 */
export function parseUserFilter(filter: string | undefined): UserCriterion | null {
  if (filter === undefined || filter.trim() === '') return null;
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch {
    throw new ScimProtocolError(
      400,
      'invalidFilter',
      `filter: ${JSON.stringify(filter)} is not a valid SCIM filter`,
    );
  }
  const criterion = criterionOf(ast);
  if (!criterion) throw unsupported(filter);
  return criterion;
}

function criterionOf(ast: Filter): UserCriterion | undefined {
  if (ast.op === 'eq' && 'attrPath' in ast && typeof ast.compValue === 'string') {
    const attribute = attributeOf(ast.attrPath);
    return attribute ? { attribute, value: ast.compValue } : undefined;
  }
  if (ast.op === 'and' && ast.filters.length === 2) {
    const [scope, compare] = ast.filters;
    const criterion = criterionOf(compare);
    const scoped =
      scope.op === '[]' && scope.attrPath.toLowerCase() === 'emails' && isWorkType(scope.valFilter);
    return scoped && criterion?.attribute === 'email' ? criterion : undefined;
  }
  if (ast.op === '[]' && ast.attrPath.toLowerCase() === 'emails') {
    const inner = ast.valFilter;
    const parts = inner.op === 'and' ? inner.filters : [inner];
    const value = parts.find((f) => f.op === 'eq' && 'attrPath' in f && f.attrPath.toLowerCase() === 'value');
    const rest = parts.filter((f) => f !== value);
    if (!value || value.op !== 'eq' || typeof value.compValue !== 'string') return undefined;
    return rest.every(isWorkType) ? { attribute: 'email', value: value.compValue } : undefined;
  }
  return undefined;
}
