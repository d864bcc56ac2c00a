import { ConsumedRequestCache } from '../src/sso/consumed-request.cache';
import { createSamlClient } from '../src/sso/create-saml-client';
import type { SamlTenant } from '../src/sso/saml-settings';
import { buildSamlResponseXml } from './support/build-saml-response-xml';
import {
  addElementWithAssertionId,
  addEvilAssertionBeside,
  extractAssertion,
  injectComment,
  moveSignedAssertionIntoExtensions,
  moveSignedAssertionIntoSignatureObject,
  prependEvilAssertionWithSameId,
} from './support/saml-attacks';
import {
  expectRejected,
  samlLoginScenario,
  spInitiatedScenario,
  submit,
  validFields,
} from './support/saml-login-fixture';
import { createTestKeyPair } from './support/test-certificate';
import { encodeBase64, TestIdp } from './support/test-idp';
import { connectTestRedis, type TestRedis } from './support/test-redis';

const MINUTE = 60_000;
/** What node-saml 5.1 itself says about each wrapping variant (second, independent wall). */
const NODE_SAML_REASONS: readonly RegExp[] = [
  /multiple assertions/,
  /^Invalid signature$/,
  /Invalid signature, too many transforms/,
  /multiple assertions/,
  /ID cannot refer to more than one element/,
];

describe('SamlLoginService rejects forged signatures, wrapping and comment injection (real Redis)', () => {
  const idp = TestIdp.create();
  const attackerKeys = createTestKeyPair('attacker');
  let redis: TestRedis;

  beforeAll(async () => {
    redis = await connectTestRedis('identity-saml-attacks');
  });
  afterAll(async () => {
    await redis.close();
  });

  function evilAssertion(tenant: SamlTenant, inResponseTo: string | null): string {
    return extractAssertion(
      buildSamlResponseXml({
        ...validFields(tenant),
        issuer: idp.entityId,
        inResponseTo,
        nameId: 'admin@corp.example',
      }),
    );
  }

  describe('signatures', () => {
    it('rejects an unsigned assertion', async () => {
      const s = await spInitiatedScenario(redis, idp);
      const xml = idp.response(s.fields, 'none');
      await expectRejected(s, submit(s, xml), 'SSO.INVALID_SIGNATURE', /signature/i, encodeBase64(xml));
    });

    it('rejects an assertion signed by another key', async () => {
      const s = await spInitiatedScenario(redis, idp);
      const xml = idp.sign(idp.response(s.fields, 'none'), 'assertion', attackerKeys);
      await expectRejected(s, submit(s, xml), 'SSO.INVALID_SIGNATURE', /signature/i);
    });

    it('rejects a tampered signed assertion (NameID changed after signing)', async () => {
      const s = await spInitiatedScenario(redis, idp);
      const xml = idp
        .response(s.fields)
        .replace('ada@corp.example</saml:NameID>', 'admin@corp.example</saml:NameID>');
      await expectRejected(s, submit(s, xml), 'SSO.INVALID_SIGNATURE');
    });

    it('rejects a response without response signature when the tenant requires one', async () => {
      const scenario = samlLoginScenario(redis, idp, { wantResponseSigned: true });
      const { requestId } = await scenario.service.createLoginRequest(scenario.tenant, null);
      const xml = idp.response({ ...validFields(scenario.tenant), inResponseTo: requestId }, 'assertion');
      await expectRejected(scenario, submit(scenario, xml), 'SSO.INVALID_SIGNATURE', /document signature/);
    });
  });

  describe('XML signature wrapping', () => {
    const variants: ReadonlyArray<readonly [string, (signed: string, evil: string) => string, RegExp]> = [
      [
        'an evil assertion added beside the signed one',
        addEvilAssertionBeside,
        /exactly one Assertion in the document, found 2/,
      ],
      [
        'the signed assertion moved into samlp:Extensions, evil one in place',
        moveSignedAssertionIntoExtensions,
        /exactly one Assertion in the document, found 2/,
      ],
      [
        'the signed assertion moved into a ds:Object of the evil one',
        moveSignedAssertionIntoSignatureObject,
        /exactly one Assertion in the document, found 2/,
      ],
      ['an evil assertion reusing the signed assertion ID', prependEvilAssertionWithSameId, /duplicate ID/],
      [
        'another element reusing the assertion ID',
        (signed) => addElementWithAssertionId(signed),
        /duplicate ID/,
      ],
    ];

    const nodeSamlVariants = variants.map(([name, wrap], i) => [name, wrap, NODE_SAML_REASONS[i]] as const);

    it.each(variants)('rejects %s', async (_name, wrap, reason) => {
      const s = await spInitiatedScenario(redis, idp);
      const xml = wrap(idp.response(s.fields), evilAssertion(s.tenant, s.requestId));
      await expectRejected(s, submit(s, xml), 'SSO.MALFORMED', reason);
    });

    it.each(nodeSamlVariants)(
      'node-saml alone (without our structural checks) also rejects %s',
      async (_name, wrap, nodeSamlReason) => {
        const s = await spInitiatedScenario(redis, idp);
        const xml = wrap(idp.response(s.fields), evilAssertion(s.tenant, s.requestId));
        const saml = createSamlClient(s.tenant, {
          cacheProvider: new ConsumedRequestCache(s.requestId, new Date().toISOString()),
          validateInResponseTo: 'always',
          requestTtlMs: 10 * MINUTE,
        });
        await expect(saml.validatePostResponseAsync({ SAMLResponse: encodeBase64(xml) })).rejects.toThrow(
          nodeSamlReason,
        );
      },
    );
  });

  describe('comment injection', () => {
    it('returns the full NameID and email, never the part before the comment', async () => {
      const s = await spInitiatedScenario(redis, idp);
      const signed = idp.response({
        ...s.fields,
        nameId: 'admin@corp.com.evil.com',
        attributes: { email: 'admin@corp.com.evil.com' },
      });
      const xml = injectComment(signed, 'admin@corp.com.evil.com', 'admin@corp.com'.length);
      expect(xml).toContain('admin@corp.com<!---->.evil.com</saml:NameID>');

      const result = await s.service.validateResponse(s.tenant, encodeBase64(xml), null);

      expect(result.profile.nameId).toBe('admin@corp.com.evil.com');
      expect(result.profile.email).toBe('admin@corp.com.evil.com');
    });
  });
});
