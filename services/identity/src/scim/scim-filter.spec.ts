import { parseUserFilter } from './scim-filter';

describe('parseUserFilter', () => {
  it('reads the equality filters identity providers send', () => {
    expect(parseUserFilter('userName eq "ada@acme.example"')).toEqual({
      attribute: 'userName',
      value: 'ada@acme.example',
    });
    expect(parseUserFilter('UserName EQ "x"')).toEqual({ attribute: 'userName', value: 'x' });
    expect(parseUserFilter('externalId eq "00u1"')).toEqual({ attribute: 'externalId', value: '00u1' });
    expect(parseUserFilter('emails.value eq "a@b.example"')).toEqual({
      attribute: 'email',
      value: 'a@b.example',
    });
    expect(parseUserFilter('urn:ietf:params:scim:schemas:core:2.0:User:userName eq "u"')).toEqual({
      attribute: 'userName',
      value: 'u',
    });
  });

  it('reads the work-email forms', () => {
    expect(parseUserFilter('emails[type eq "work"].value eq "w@b.example"')).toEqual({
      attribute: 'email',
      value: 'w@b.example',
    });
    expect(parseUserFilter('emails[type eq "work" and value eq "w@b.example"]')).toEqual({
      attribute: 'email',
      value: 'w@b.example',
    });
  });

  it('means no filter when absent or blank', () => {
    expect(parseUserFilter(undefined)).toBeNull();
    expect(parseUserFilter('  ')).toBeNull();
  });

  it('rejects malformed and unsupported filters as invalidFilter', () => {
    for (const filter of [
      'userName eq',
      'title eq "x"',
      'userName co "a"',
      'userName eq "a" or externalId eq "b"',
      'emails[type eq "home"].value eq "a@b.c"',
    ]) {
      expect(() => parseUserFilter(filter)).toThrow(
        expect.objectContaining({ status: 400, scimType: 'invalidFilter' }),
      );
    }
  });
});
