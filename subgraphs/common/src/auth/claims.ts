import type { JWTPayload } from 'jose';
import { UnauthenticatedError } from '../errors';
import { unitsNotInForce } from '../units/units-in-force';
import { isOrganisation, isRole, type Caller, type Role } from './caller';

/**
 * Where a token carries the organisation, units and roles: dotted paths into its claims (JWT_CLAIM_ORG,
 * JWT_CLAIM_UNITS, JWT_CLAIM_ROLES), so any OIDC issuer's tokens can be read — e.g. Keycloak client roles at
 * `resource_access.chung-tay-hub.roles`.
 */
export interface ClaimMapping {
  JWT_CLAIM_ORG?: string;
  JWT_CLAIM_UNITS?: string;
  JWT_CLAIM_ROLES?: string;
}

export const DEFAULT_CLAIMS = { org: 'org', units: 'units', roles: 'roles' } as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value at a dotted path. A claim whose own name holds dots (a namespaced claim such as
 * `https://hub.example.vn/org`) is found too: at each level the longest name present is taken first.
 */
export function claimAt(claims: unknown, path: string): unknown {
  if (!isRecord(claims)) return undefined;
  if (Object.hasOwn(claims, path)) return claims[path];
  for (let dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
    const head = path.slice(0, dot);
    if (Object.hasOwn(claims, head) && isRecord(claims[head]))
      return claimAt(claims[head], path.slice(dot + 1));
  }
  return undefined;
}

const UNIT_CODE = /^\d{2,5}$/;

/** Units as a list, or as one string separated by spaces or commas (how issuers often store a user attribute). */
const unitList = (value: unknown): unknown[] | null =>
  Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(/[\s,]+/).filter((u) => u !== '')
      : null;

const named = (path: string, variable: string, fallback: string) =>
  path === fallback ? `"${path}" claim` : `"${path}" claim (${variable})`;

/**
 * The caller a verified token speaks for. Roles other than viewer, officer and admin are left out (an issuer's
 * tokens also carry roles for other applications, such as Keycloak's `offline_access`); at least one must remain.
 */
export function callerFromClaims(payload: JWTPayload, mapping: ClaimMapping = {}): Caller {
  const orgPath = mapping.JWT_CLAIM_ORG ?? DEFAULT_CLAIMS.org;
  const unitsPath = mapping.JWT_CLAIM_UNITS ?? DEFAULT_CLAIMS.units;
  const rolesPath = mapping.JWT_CLAIM_ROLES ?? DEFAULT_CLAIMS.roles;
  const orgClaim = named(orgPath, 'JWT_CLAIM_ORG', DEFAULT_CLAIMS.org);
  const unitsClaim = named(unitsPath, 'JWT_CLAIM_UNITS', DEFAULT_CLAIMS.units);
  const rolesClaim = named(rolesPath, 'JWT_CLAIM_ROLES', DEFAULT_CLAIMS.roles);

  const rawOrg = claimAt(payload, orgPath);
  // A user attribute marked multivalued arrives as a list: one organisation in it is that organisation.
  const org = Array.isArray(rawOrg) && rawOrg.length === 1 ? rawOrg[0] : rawOrg;
  if (org === undefined)
    throw refused(`the token has no ${orgClaim}: it must name the caller's organisation`);
  if (Array.isArray(org)) throw refused(`the ${orgClaim} must name one organisation, not ${org.length}`);
  if (!isOrganisation(org)) throw refused(`the ${orgClaim} names no known organisation`);

  const rawUnits = claimAt(payload, unitsPath);
  if (rawUnits === undefined)
    throw refused(`the token has no ${unitsClaim}: it must list administrative unit codes`);
  const units = unitList(rawUnits);
  if (
    !units ||
    units.length === 0 ||
    !units.every((u): u is string => typeof u === 'string' && UNIT_CODE.test(u))
  )
    throw refused(`the ${unitsClaim} must list administrative unit codes`);
  const notInForce = unitsNotInForce(units);
  if (notInForce) throw refused(notInForce);

  const rawRoles = claimAt(payload, rolesPath);
  if (rawRoles === undefined)
    throw refused(`the token has no ${rolesClaim}: it must list viewer, officer or admin`);
  const roles = Array.isArray(rawRoles) ? rawRoles.filter(isRole) : [];
  if (roles.length === 0) throw refused(`the ${rolesClaim} must list viewer, officer or admin`);

  const { sub, name } = payload;
  const clientId = payload.client_id ?? payload.azp;
  return {
    subject: typeof sub === 'string' ? sub : 'unknown',
    org,
    units,
    roles: [...new Set(roles)] as Role[],
    ...(typeof name === 'string' && name !== '' ? { name } : {}),
    ...(typeof clientId === 'string' && clientId !== '' ? { clientId } : {}),
  };
}

const refused = (reason: string) => new UnauthenticatedError(`Token rejected: ${reason}`);
