import { buildSamlResponseXml, type SamlResponseFields } from '../../test/support/build-saml-response-xml';
import { extractAssertion, injectComment } from '../../test/support/saml-attacks';
import { checkSignedAssertion, type AssertionExpectations } from './check-signed-assertion';

const NOW = Date.parse('2025-03-01T12:00:00Z');
const BASE = {
  issuer: 'https://idp.example',
  acsUrl: 'https://sp.example/acs',
  audience: 'https://sp.example',
};
const EXPECTED: AssertionExpectations = {
  idpEntityId: BASE.issuer,
  acsUrl: BASE.acsUrl,
  inResponseTo: '_req1',
  nowMs: NOW,
  clockSkewMs: 60_000,
};

function assertion(fields: Partial<SamlResponseFields> = {}): string {
  return extractAssertion(
    buildSamlResponseXml({
      ...BASE,
      inResponseTo: '_req1',
      issueInstant: new Date(NOW),
      notOnOrAfter: new Date(NOW + 10 * 60_000),
      subjectNotOnOrAfter: new Date(NOW + 5 * 60_000),
      ...fields,
    }),
  ).replace('<saml:Assertion ', '<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ');
}

describe('checkSignedAssertion', () => {
  it('returns id, NameID, session index, attributes and a replay TTL up to the earliest NotOnOrAfter', () => {
    const checked = checkSignedAssertion(
      assertion({ assertionId: '_a1', sessionIndex: '_s1', attributes: { department: 'R&D' } }),
      EXPECTED,
    );

    expect(checked).toMatchObject({ assertionId: '_a1', nameId: 'ada@corp.example', sessionIndex: '_s1' });
    expect(checked.attributes.get('department')).toEqual(['R&D']);
    expect(checked.replayTtlMs).toBe(5 * 60_000 + 60_000 + 1_000);
  });

  it('reads a NameID split by a comment in full', () => {
    const xml = injectComment(
      assertion({ nameId: 'admin@corp.com.evil.com' }),
      'admin@corp.com.evil.com',
      14,
    );
    expect(checkSignedAssertion(xml, EXPECTED).nameId).toBe('admin@corp.com.evil.com');
  });

  it.each([
    ['another Recipient', { recipient: 'https://evil.example/acs' }, EXPECTED, 'SSO.RECIPIENT_MISMATCH'],
    [
      'a passed SubjectConfirmation NotOnOrAfter',
      { subjectNotOnOrAfter: new Date(NOW - 61_000) },
      EXPECTED,
      'SSO.EXPIRED',
    ],
    ['another issuer', { issuer: 'https://evil.example' }, EXPECTED, 'SSO.ISSUER_MISMATCH'],
    [
      'a different signed InResponseTo',
      { subjectInResponseTo: '_other' },
      EXPECTED,
      'SSO.IN_RESPONSE_TO_MISMATCH',
    ],
    [
      'a signed InResponseTo on an IdP-initiated login',
      {},
      { ...EXPECTED, inResponseTo: null },
      'SSO.IN_RESPONSE_TO_MISMATCH',
    ],
    [
      'no InResponseTo on an SP-initiated login',
      { subjectInResponseTo: null },
      EXPECTED,
      'SSO.IN_RESPONSE_TO_MISMATCH',
    ],
  ] as const)('rejects %s', (_name, fields, expected, code) => {
    expect(() => checkSignedAssertion(assertion(fields), expected)).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('tolerates the configured clock skew on SubjectConfirmation NotOnOrAfter', () => {
    expect(() =>
      checkSignedAssertion(assertion({ subjectNotOnOrAfter: new Date(NOW - 30_000) }), EXPECTED),
    ).not.toThrow();
  });

  it('rejects a subject without bearer confirmation or without NotOnOrAfter as SSO.MALFORMED', () => {
    const holderOfKey = assertion().replace('cm:bearer', 'cm:holder-of-key');
    const noExpiry = assertion().replace(/ NotOnOrAfter="[^"]+" Recipient/, ' Recipient');
    expect(() => checkSignedAssertion(holderOfKey, EXPECTED)).toThrow(
      expect.objectContaining({ code: 'SSO.MALFORMED' }),
    );
    expect(() => checkSignedAssertion(noExpiry, EXPECTED)).toThrow(/no NotOnOrAfter/);
  });
});
