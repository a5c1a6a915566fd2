/** What the dashboard shows of a token: its claims, decoded and NOT verified (the gateway verifies it). */
export interface TokenClaims {
  org?: string;
  units?: string[];
  roles?: string[];
  sub?: string;
  exp?: number;
}

export function decodeToken(token: string): TokenClaims | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(b64.padEnd(b64.length + ((4 - (b64.length % 4)) % 4), '='));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return claims && typeof claims === 'object' ? (claims as TokenClaims) : null;
  } catch {
    return null;
  }
}

/** Whether the token's `exp` has passed (seconds since the epoch). */
export const isExpired = (claims: TokenClaims, nowMs = Date.now()) =>
  typeof claims.exp === 'number' && claims.exp * 1000 <= nowMs;
