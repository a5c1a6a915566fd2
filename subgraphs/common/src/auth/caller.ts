import type { Role } from '@chung-tay/vocabulary';
import { ORGANISATIONS, type OrganisationId } from '../organisations';

// The roles and their names are the vocabulary's; the kit passes them on to the subgraphs.
export { isRole, ROLES, ROLE_NAMES, type Role } from '@chung-tay/vocabulary';

/** The verified person or system behind a request, taken from the token's claims. */
export interface Caller {
  subject: string;
  org: OrganisationId;
  /** Administrative unit codes the caller works for; each covers every unit below it. */
  units: string[];
  roles: Role[];
  /** The person's name, when the issuer gives one (`name`), so the gateway can speak for them. */
  name?: string;
  /** The program a token was issued to (`client_id`, else `azp`), e.g. an organisation's tool. */
  clientId?: string;
}

export const isOrganisation = (v: unknown): v is OrganisationId =>
  typeof v === 'string' && (ORGANISATIONS as readonly string[]).includes(v);

export const hasRole = (caller: Caller, ...roles: Role[]): boolean =>
  caller.roles.some((r) => roles.includes(r));
