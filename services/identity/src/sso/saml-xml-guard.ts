import { DOMParser } from '@xmldom/xmldom';
import { SsoDtdForbiddenError, SsoMalformedError } from './sso.errors';

export const MAX_SAML_MESSAGE_BYTES = 512 * 1024;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** `<!` that does not open a comment or CDATA: DOCTYPE, ENTITY, ELEMENT, ATTLIST, NOTATION… */
const MARKUP_DECLARATION = /<!(?!--|\[CDATA\[)/;

/** Decodes a base64 SAML message strictly (alphabet, size, UTF-8). */
export function decodeSamlBase64(encoded: string, maxBytes: number = MAX_SAML_MESSAGE_BYTES): string {
  const compact = encoded.replace(/\s+/g, '');
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new SsoMalformedError('SAML message is not valid base64');
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > maxBytes) throw new SsoMalformedError(`SAML message exceeds ${maxBytes} bytes`);
  return decodeUtf8(bytes);
}

/** Decodes UTF-8 strictly: invalid sequences and NUL characters (UTF-16 smuggling) are rejected. */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SsoMalformedError('SAML message is not valid UTF-8');
  }
  if (text.includes('\u0000')) throw new SsoMalformedError('SAML message contains NUL characters');
  return text;
}

/** Rejects DOCTYPE / ENTITY (XXE, entity expansion) and every other DTD construct before any parser sees it. */
export function assertNoDtd(xml: string): void {
  const match = MARKUP_DECLARATION.exec(xml);
  if (match) {
    const declaration = xml.slice(match.index + 2, match.index + 10).replace(/[^A-Za-z]/g, '');
    throw new SsoDtdForbiddenError(
      `XML contains a markup declaration (${declaration.toUpperCase() || 'DTD'})`,
    );
  }
}

/** Parses XML that already passed assertNoDtd; any parser warning or error is a rejection. */
export function parseXmlStrict(xml: string): Document {
  assertNoDtd(xml);
  const problems: string[] = [];
  const collect = (message: unknown): void => {
    problems.push(String(message).split('\n')[0] ?? 'parse error');
  };
  const document = new DOMParser({
    locator: {},
    errorHandler: { warning: collect, error: collect, fatalError: collect },
  }).parseFromString(xml, 'text/xml');
  if (problems.length > 0) throw new SsoMalformedError(`XML is not well-formed: ${problems[0]}`);
  if (!document?.documentElement) throw new SsoMalformedError('XML has no root element');
  return document;
}

const ID_ATTRIBUTES = new Set(['ID', 'Id', 'id']);

/** No two ID / Id / id attributes (any namespace) share a value: signature references must be unambiguous. */
export function assertUniqueIds(elements: readonly Element[]): void {
  const seen = new Set<string>();
  for (const element of elements) {
    for (let i = 0; i < element.attributes.length; i += 1) {
      const attribute = element.attributes.item(i);
      if (!attribute || !ID_ATTRIBUTES.has(attribute.localName ?? attribute.name)) continue;
      if (seen.has(attribute.value))
        throw new SsoMalformedError('duplicate ID attribute value in the document');
      seen.add(attribute.value);
    }
  }
}

/** Child elements of a node with the given namespace and local name. */
export function childElements(parent: Node, namespace: string, localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && node.namespaceURI === namespace && node.localName === localName) found.push(node);
  }
  return found;
}

/** The single child element with that name, undefined if absent; more than one is malformed. */
export function singleChild(parent: Node, namespace: string, localName: string): Element | undefined {
  const found = childElements(parent, namespace, localName);
  if (found.length > 1) throw new SsoMalformedError(`more than one ${localName} element`);
  return found[0];
}

/** Every element in the document, depth first. */
export function allElements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isElement(child)) {
        found.push(child);
        visit(child);
      }
    }
  };
  if (isElement(root)) found.push(root);
  visit(root);
  return found;
}

/** Concatenated text of an element (comments are not text, so a comment cannot truncate a value). */
export function textOf(element: Element): string {
  return (element.textContent ?? '').trim();
}

export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
