import {
  ActionNotPermittedError,
  ChangeWindowClosedError,
  InvalidInputError,
  InvalidTransitionError,
} from '../scheduling.errors';
import { slotTakenFrom, toEdgeError } from './scheduling-error.translation';
import { SlotTakenError } from './session.errors';

describe('scheduling errors at the API edge', () => {
  it('keeps the field of invalid input and answers BAD_USER_INPUT', () => {
    expect(toEdgeError(new InvalidInputError('reason', 'a reason is required'))).toMatchObject({
      kind: 'BAD_USER_INPUT',
      code: 'SCHEDULING.INVALID_INPUT',
      field: 'reason',
    });
  });

  it.each([
    [new ActionNotPermittedError('cancel', 'no'), 'FORBIDDEN', 'SCHEDULING.NOT_PERMITTED'],
    [new InvalidTransitionError('cancelled', 'cancel'), 'CONFLICT', 'SCHEDULING.INVALID_TRANSITION'],
    [
      new ChangeWindowClosedError('cancel', '2026-03-24T12:00:00.000Z'),
      'CONFLICT',
      'SCHEDULING.CHANGE_WINDOW_CLOSED',
    ],
  ])('maps %p to %s', (error, kind, code) => {
    expect(toEdgeError(error)).toMatchObject({ kind, code });
  });

  it("turns PostgreSQL's exclusion violation into slot taken on startsAt", () => {
    const pg = Object.assign(new Error('conflicting key value violates exclusion constraint'), {
      code: '23P01',
    });
    const edge = toEdgeError(pg);
    expect(edge).toBeInstanceOf(SlotTakenError);
    expect(edge).toMatchObject({ kind: 'CONFLICT', field: 'startsAt' });
    expect(slotTakenFrom(new Error('other'))).toBeNull();
  });

  it('passes unknown errors through untouched', () => {
    const error = new Error('boom');
    expect(toEdgeError(error)).toBe(error);
  });
});
