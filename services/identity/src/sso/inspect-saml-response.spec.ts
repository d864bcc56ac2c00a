import { buildSamlResponseXml } from '../../test/support/build-saml-response-xml';
import {
  addElementWithAssertionId,
  addEvilAssertionBeside,
  extractAssertion,
  moveSignedAssertionIntoExtensions,
} from '../../test/support/saml-attacks';
import { inspectSamlResponse } from './inspect-saml-response';

const FIELDS = {
  issuer: 'https://idp.example',
  acsUrl: 'https://sp.example/acs',
  audience: 'https://sp.example',
};

describe('inspectSamlResponse', () => {
  const response = buildSamlResponseXml({ ...FIELDS, inResponseTo: '_req1' });
  const evil = extractAssertion(buildSamlResponseXml({ ...FIELDS, nameId: 'admin@corp.example' }));

  it('reads InResponseTo, Destination and Issuer of a well-shaped response', () => {
    expect(inspectSamlResponse(response)).toEqual({
      inResponseTo: '_req1',
      destination: FIELDS.acsUrl,
      issuer: FIELDS.issuer,
    });
  });

  it.each([
    ['two assertions', addEvilAssertionBeside(response, evil), /found 2/],
    ['an assertion hidden in Extensions', moveSignedAssertionIntoExtensions(response, evil), /found 2/],
    ['a duplicate ID', addElementWithAssertionId(response), /duplicate ID/],
    ['no assertion', response.replace(extractAssertion(response), ''), /found 0/],
    [
      'an EncryptedAssertion',
      response.replace('</samlp:Status>', '</samlp:Status><saml:EncryptedAssertion/>'),
      /EncryptedAssertion/,
    ],
    [
      'a Signature inside the Subject',
      response.replace(
        '<saml:Subject>',
        '<saml:Subject><ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"/>',
      ),
      /Signature element/,
    ],
    [
      'an assertion in a foreign namespace',
      response
        .replace(/saml:Assertion/g, 'x:Assertion')
        .replace('<x:Assertion ', '<x:Assertion xmlns:x="urn:evil" '),
      /direct saml:Assertion/,
    ],
    [
      'another root element',
      '<samlp:LogoutResponse xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>',
      /expected samlp:Response/,
    ],
  ])('rejects a response with %s as SSO.MALFORMED', (_name, xml, reason) => {
    expect(() => inspectSamlResponse(xml)).toThrow(
      expect.objectContaining({ code: 'SSO.MALFORMED', reason: expect.stringMatching(reason) }),
    );
  });

  it('reports a non-success status before looking for an assertion', () => {
    const failed = buildSamlResponseXml({
      ...FIELDS,
      statusCode: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
    });
    expect(() => inspectSamlResponse(failed.replace(extractAssertion(failed), ''))).toThrow(
      expect.objectContaining({ code: 'SSO.IDP_STATUS', reason: 'IdP returned status Requester' }),
    );
  });
});
