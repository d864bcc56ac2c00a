/**
 * Light, conservative English stemmer (Harman's "S" stemmer): folds plurals only, so
 * "microservices" and "microservice" meet while technical names stay intact. Tokens with
 * digits or symbols (c++, node.js, s3) and tokens of three letters or fewer are left alone.
 */
export function stemToken(token: string): string {
  if (token.length <= 3 || !/^\p{L}+$/u.test(token)) return token;
  if (token.endsWith('ies') && !token.endsWith('eies') && !token.endsWith('aies'))
    return `${token.slice(0, -3)}y`;
  if (token.endsWith('es') && !/[aeo]es$/.test(token)) return token.slice(0, -1);
  if (token.endsWith('s') && !token.endsWith('us') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}
