import type { ProtectedHeaderParameters } from 'jose';

const CLAIM_PURPOSE: Record<string, string> = {
  exp: 'when it expires',
  sub: 'who it was issued to',
  iss: 'who issued it',
  aud: 'which service it is for',
};

/** What jose's refusal means for the caller, in words; never the library's own text. */
export function whyRefused(
  error: unknown,
  issuer: string,
  audience: string,
  header?: ProtectedHeaderParameters,
): string {
  const { code, claim, reason } = error as { code?: string; claim?: string; reason?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'the token has expired';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (reason === 'missing')
        return `the token has no "${claim}" claim: every token must say ${CLAIM_PURPOSE[claim ?? ''] ?? 'it'}`;
      if (claim === 'iss') return `the token's "iss" claim is not the issuer this hub trusts (${issuer})`;
      if (claim === 'aud') return `the token's "aud" claim does not name this hub (${audience})`;
      return `the token's "${claim ?? 'claims'}" claim is not accepted here`;
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return `the token's key (kid ${JSON.stringify(header?.kid ?? null)}) is not among the identity provider's published keys`;
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return `the token's algorithm ${JSON.stringify(header?.alg ?? null)} does not match its key`;
  }
  // Fetching the key set failed: timed out, refused, not 200, not a key set.
  const unreachable =
    code === 'ERR_JWKS_TIMEOUT' ||
    code === 'ERR_JWKS_INVALID' ||
    code === 'ERR_JOSE_GENERIC' ||
    'syscall' in Object(error);
  return unreachable
    ? "the identity provider's keys could not be fetched; try again shortly"
    : 'the token is malformed or its signature does not verify';
}
