import { assertNoDtd, decodeSamlBase64, parseXmlStrict, textOf } from './saml-xml-guard';
import { SsoDtdForbiddenError, SsoMalformedError } from './sso.errors';

describe('saml-xml-guard', () => {
  it.each([
    ['a DOCTYPE', '<!DOCTYPE r><r/>'],
    ['a lower-case doctype', '<?xml version="1.0"?><!doctype r><r/>'],
    ['an external entity', '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'],
    ['an ENTITY declaration without DOCTYPE', '<r><!ENTITY x "y"></r>'],
    ['an ELEMENT declaration', '<r><!ELEMENT r ANY></r>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => assertNoDtd(xml)).toThrow(SsoDtdForbiddenError);
    expect(() => parseXmlStrict(xml)).toThrow(SsoDtdForbiddenError);
  });

  it('allows comments and CDATA, and reads text across a comment in full', () => {
    const document = parseXmlStrict('<r><n>admin@corp.com<!---->.evil.com</n><![CDATA[x]]></r>');
    const name = document.documentElement.getElementsByTagName('n')[0] as Element;
    expect(textOf(name)).toBe('admin@corp.com.evil.com');
  });

  it.each([
    ['not well-formed', '<r><a></r>'],
    ['an unquoted attribute', '<r a=1/>'],
    ['no root element', '   '],
  ])('rejects XML that is %s', (_name, xml) => {
    expect(() => parseXmlStrict(xml)).toThrow(SsoMalformedError);
  });

  it('decodes strict base64 and rejects anything else', () => {
    expect(decodeSamlBase64(Buffer.from('<r/>').toString('base64'))).toBe('<r/>');
    expect(
      decodeSamlBase64(
        `${Buffer.from('<r/>').toString('base64').slice(0, 4)}\r\n${Buffer.from('<r/>').toString('base64').slice(4)}`,
      ),
    ).toBe('<r/>');
    expect(() => decodeSamlBase64('PHIvPg=!')).toThrow(SsoMalformedError);
    expect(() => decodeSamlBase64('')).toThrow(SsoMalformedError);
    expect(() => decodeSamlBase64(Buffer.from('<r/>', 'utf16le').toString('base64'))).toThrow(/NUL/);
    expect(() => decodeSamlBase64(Buffer.from([0xff, 0xfe, 0xfd]).toString('base64'))).toThrow(/UTF-8/);
    expect(() => decodeSamlBase64(Buffer.alloc(64).toString('base64'), 32)).toThrow(/exceeds/);
  });
});
