import { ScimPatchOperation, scimPatch } from 'scim-patch';
import { ScimProtocolError } from './scim.errors';
import { SCIM } from './scim-schemas';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const EXTENSIONS: readonly string[] = [SCIM.enterprise, SCIM.mentormesh];

/**
 * Normalizes the operation shapes identity providers send to RFC 7644 form: capitalized ops ("Replace",
 * Entra), path-less value objects whose keys are attribute paths ("name.givenName", extension URNs).
 */
export function normalizePatchOperations(body: unknown): ScimPatchOperation[] {
  const operations = isObject(body) ? body.Operations : undefined;
  if (!Array.isArray(operations) || operations.length === 0)
    throw new ScimProtocolError(400, 'invalidSyntax', 'Operations: must be a non-empty array of operations');
  return operations.flatMap((raw, i): ScimPatchOperation[] => {
    if (!isObject(raw) || typeof raw.op !== 'string')
      throw new ScimProtocolError(400, 'invalidSyntax', `Operations.${i}.op: is required`);
    const op = raw.op.toLowerCase();
    if (op !== 'add' && op !== 'replace' && op !== 'remove')
      throw new ScimProtocolError(400, 'invalidSyntax', `Operations.${i}.op: must be add, replace or remove`);
    const path = typeof raw.path === 'string' && raw.path.trim() !== '' ? raw.path : undefined;
    if (op === 'remove') {
      if (!path) throw new ScimProtocolError(400, 'noTarget', `Operations.${i}.path: is required for remove`);
      return [{ op, path }];
    }
    if (path) return [{ op, path, value: raw.value } as ScimPatchOperation];
    if (!isObject(raw.value))
      throw new ScimProtocolError(
        400,
        'invalidValue',
        `Operations.${i}.value: must be an object without a path`,
      );
    return Object.entries(raw.value).flatMap(([key, value]) =>
      EXTENSIONS.includes(key) && isObject(value)
        ? Object.entries(value).map(
            ([sub, v]) => ({ op, path: `${key}:${sub}`, value: v }) as ScimPatchOperation,
          )
        : [{ op, path: key, value } as ScimPatchOperation],
    );
  });
}

/** Applies a PatchOp body to a SCIM resource, returning the patched copy. */
export function applyPatch(resource: Json, body: unknown): Json {
  const operations = normalizePatchOperations(body);
  try {
    return scimPatch(resource as never, operations, {
      mutateDocument: false,
      treatMissingAsAdd: true,
    }) as Json;
  } catch (error) {
    throw new ScimProtocolError(400, 'invalidPath', `Operations: ${(error as Error).message}`);
  }
}
