import { EmployeeSnapshot } from '@mentormesh/contracts';
import { EmployeeState, normalizeState, snapshotDigest, snapshotOf, stateDigest } from './employee-state';

export interface StoredDigests {
  readonly id: string;
  readonly version: number;
  readonly status: 'ACTIVE' | 'INACTIVE' | 'ERASED';
  readonly recordDigest: string | null;
  readonly snapshotDigest: string | null;
}

export type ChangeKind = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface PlannedChange {
  readonly id: string;
  readonly kind: ChangeKind;
  readonly state: EmployeeState;
  readonly version: number;
  readonly recordDigest: string;
  readonly snapshotDigest: string;
  /** Set when the snapshot other services see changed: publish it with `version`. */
  readonly snapshot: EmployeeSnapshot | null;
  /** The employee just stopped being active: also publish `employee.deactivated`. */
  readonly deactivated: boolean;
}

/**
 * Decides what a write of `desired` means for an employee: nothing (same canonical record), a stored
 * change with a new version, and an event only when the published snapshot really differs.
 */
export function planEmployeeChange(
  stored: StoredDigests | null,
  id: string,
  desired: EmployeeState,
): PlannedChange {
  const state = normalizeState(desired);
  const recordDigest = stateDigest(state);
  const snapshot = snapshotOf(stored?.id ?? id, state);
  const snapshotDigestValue = snapshotDigest(snapshot);
  if (!stored) {
    return {
      id,
      kind: 'CREATED',
      state,
      version: 1,
      recordDigest,
      snapshotDigest: snapshotDigestValue,
      snapshot,
      deactivated: false,
    };
  }
  const base = { id: stored.id, state, recordDigest, snapshotDigest: snapshotDigestValue };
  if (stored.recordDigest === recordDigest && stored.status !== 'ERASED') {
    return { ...base, kind: 'UNCHANGED', version: stored.version, snapshot: null, deactivated: false };
  }
  const publish = stored.snapshotDigest !== snapshotDigestValue;
  return {
    ...base,
    kind: 'UPDATED',
    version: stored.version + 1,
    snapshot: publish ? snapshot : null,
    deactivated: publish && stored.status === 'ACTIVE' && state.status === 'INACTIVE',
  };
}
