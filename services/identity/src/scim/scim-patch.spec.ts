import { SCIM } from './scim-schemas';
import { applyPatch, normalizePatchOperations } from './scim-patch';

const user = {
  schemas: [SCIM.user, SCIM.enterprise],
  id: 'u1',
  userName: 'ada@acme.example',
  name: { givenName: 'Ada', familyName: 'Lovelace' },
  active: true,
  emails: [{ value: 'ada@acme.example', type: 'work', primary: true }],
  [SCIM.enterprise]: { department: 'Eng', costCenter: 'CC1' },
};

describe('SCIM PATCH', () => {
  it('applies Entra shapes: capitalized ops, path-less values with attribute paths, "False" strings', () => {
    const patched = applyPatch(user, {
      schemas: [SCIM.patchOp],
      Operations: [
        { op: 'Replace', path: 'active', value: 'False' },
        { op: 'Replace', value: { 'name.givenName': 'Augusta', title: 'Countess' } },
        { op: 'Add', path: `${SCIM.enterprise}:manager`, value: 'b6c1d1d6-0000-4000-8000-000000000000' },
        { op: 'Replace', value: { [SCIM.enterprise]: { department: 'Research' } } },
      ],
    });
    expect(patched).toMatchObject({
      active: 'False',
      title: 'Countess',
      name: { givenName: 'Augusta', familyName: 'Lovelace' },
      [SCIM.enterprise]: {
        department: 'Research',
        costCenter: 'CC1',
        manager: 'b6c1d1d6-0000-4000-8000-000000000000',
      },
    });
  });

  it("applies Okta's shapes: lowercase ops with a value object, work email by filter path", () => {
    const patched = applyPatch(user, {
      Operations: [
        { op: 'replace', value: { active: false } },
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'ada@new.example' },
        { op: 'remove', path: `${SCIM.enterprise}:costCenter` },
      ],
    });
    expect(patched.active).toBe(false);
    expect(patched.emails).toEqual([{ value: 'ada@new.example', type: 'work', primary: true }]);
    expect(patched[SCIM.enterprise]).toEqual({ department: 'Eng' });
    expect(user.active).toBe(true);
  });

  it('rejects malformed operations with the SCIM error type', () => {
    expect(() => normalizePatchOperations({})).toThrow(
      expect.objectContaining({ scimType: 'invalidSyntax' }),
    );
    expect(() => normalizePatchOperations({ Operations: [{ op: 'move', path: 'x' }] })).toThrow(
      expect.objectContaining({ scimType: 'invalidSyntax' }),
    );
    expect(() => normalizePatchOperations({ Operations: [{ op: 'remove' }] })).toThrow(
      expect.objectContaining({ scimType: 'noTarget' }),
    );
  });
});
