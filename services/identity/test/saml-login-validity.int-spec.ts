import { randomSamlId } from './support/build-saml-response-xml';
import {
  expectRejected,
  samlLoginScenario,
  spInitiatedScenario,
  submit,
  validFields,
} from './support/saml-login-fixture';
import { TestIdp } from './support/test-idp';
import { connectTestRedis, type TestRedis } from './support/test-redis';

const MINUTE = 60_000;

describe('SamlLoginService rejects invalid, replayed and DTD-carrying responses (real Redis)', () => {
  const idp = TestIdp.create();
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await connectTestRedis('identity-saml-validity');
  });
  afterAll(async () => {
    await redis.close();
  });

  describe('time and audience', () => {
    const now = Date.now();
    const cases: ReadonlyArray<readonly [string, Record<string, unknown>, string, RegExp]> = [
      [
        'an expired assertion',
        { notBefore: new Date(now - 20 * MINUTE), notOnOrAfter: new Date(now - 5 * MINUTE) },
        'SSO.EXPIRED',
        /expired/,
      ],
      [
        'a not-yet-valid assertion',
        { notBefore: new Date(now + 10 * MINUTE) },
        'SSO.NOT_YET_VALID',
        /not yet valid/,
      ],
      [
        'a SubjectConfirmation past NotOnOrAfter',
        { subjectNotOnOrAfter: new Date(now - 2 * MINUTE) },
        'SSO.EXPIRED',
        /subject confirmation|NotOnOrAfter/i,
      ],
      [
        'a wrong audience',
        { audience: 'https://other-sp.example/metadata' },
        'SSO.AUDIENCE_MISMATCH',
        /audience/,
      ],
      [
        'a wrong SubjectConfirmation Recipient',
        { recipient: 'https://evil.example/acs' },
        'SSO.RECIPIENT_MISMATCH',
        /Recipient/,
      ],
      [
        'a wrong Response Destination',
        { destination: 'https://evil.example/acs' },
        'SSO.RECIPIENT_MISMATCH',
        /Destination/,
      ],
      [
        'an assertion issued by another entity',
        { issuer: 'https://evil-idp.example' },
        'SSO.ISSUER_MISMATCH',
        /Issuer/,
      ],
      [
        'a signed InResponseTo that differs from the response',
        { subjectInResponseTo: '_other' },
        'SSO.IN_RESPONSE_TO_MISMATCH',
        /InResponseTo/,
      ],
    ];

    it.each(cases)('rejects %s', async (_name, overrides, code, reason) => {
      const s = await spInitiatedScenario(redis, idp);
      const xml = idp.response({ ...s.fields, ...overrides });
      await expectRejected(s, submit(s, xml), code, reason);
    });

    it('rejects an IdP-initiated assertion whose SubjectConfirmation has passed NotOnOrAfter', async () => {
      const scenario = samlLoginScenario(redis, idp, { allowIdpInitiated: true });
      const xml = idp.response({
        ...validFields(scenario.tenant),
        subjectNotOnOrAfter: new Date(now - 2 * MINUTE),
      });
      await expectRejected(
        scenario,
        submit(scenario, xml),
        'SSO.EXPIRED',
        /SubjectConfirmationData NotOnOrAfter/,
      );
    });
  });

  describe('replay and request binding', () => {
    it('rejects a replayed IdP-initiated assertion', async () => {
      const scenario = samlLoginScenario(redis, idp, { allowIdpInitiated: true });
      const xml = idp.response(validFields(scenario.tenant));
      await expect(submit(scenario, xml)).resolves.toMatchObject({ ok: true });
      await expectRejected(scenario, submit(scenario, xml), 'SSO.REPLAYED', /assertion id was already used/);
    });

    it('rejects a replayed SP-initiated response', async () => {
      const s = await spInitiatedScenario(redis, idp);
      const xml = idp.response(s.fields);
      await expect(submit(s, xml)).resolves.toMatchObject({ ok: true });
      await expectRejected(s, submit(s, xml), 'SSO.REPLAYED', /request id was already answered/);
    });

    it('rejects a second, different response to the same request id', async () => {
      const s = await spInitiatedScenario(redis, idp);
      await expect(submit(s, idp.response(s.fields))).resolves.toMatchObject({ ok: true });
      await expectRejected(s, submit(s, idp.response(s.fields)), 'SSO.REPLAYED');
    });

    it('accepts exactly one of three concurrent submissions of the same response', async () => {
      const s = await spInitiatedScenario(redis, idp);
      const xml = idp.response(s.fields);
      const outcomes = await Promise.allSettled([submit(s, xml), submit(s, xml), submit(s, xml)]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    });

    it('rejects a response to a request we never sent', async () => {
      const scenario = samlLoginScenario(redis, idp);
      const xml = idp.response({ ...validFields(scenario.tenant), inResponseTo: randomSamlId() });
      await expectRejected(
        scenario,
        submit(scenario, xml),
        'SSO.UNKNOWN_REQUEST',
        /no outstanding login request/,
      );
    });
  });

  describe('DTDs', () => {
    const doctypes: ReadonlyArray<readonly [string, string]> = [
      ['an external entity (XXE)', '<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'],
      ['entity expansion', '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'],
      ['a bare DOCTYPE', '<!DOCTYPE samlp:Response>'],
    ];

    it.each(doctypes)('rejects XML with %s', async (_name, doctype) => {
      const s = await spInitiatedScenario(redis, idp);
      const xml = `<?xml version="1.0"?>${doctype}${idp.response(s.fields)}`.replace(
        'ada@corp.example</saml:NameID>',
        doctype.includes('xxe') ? '&xxe;</saml:NameID>' : 'ada@corp.example</saml:NameID>',
      );
      await expectRejected(s, submit(s, xml), 'SSO.DTD_FORBIDDEN', /DOCTYPE/);
    });

    it('rejects a message that is not base64 XML', async () => {
      const s = await spInitiatedScenario(redis, idp);
      await expectRejected(s, s.service.validateResponse(s.tenant, '%%%not-base64', null), 'SSO.MALFORMED');
    });
  });
});
