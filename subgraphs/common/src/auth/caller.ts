import { ORGANISATIONS, type OrganisationId } from '../organisations';

export const ROLES = ['viewer', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What each role is called where a person is named by it (the identity provider's demo accounts). */
export const ROLE_NAMES: Record<Role, { en: string; vi: string }> = {
  viewer: { en: 'Viewer', vi: 'Người xem' },
  officer: { en: 'Officer', vi: 'Cán bộ nghiệp vụ' },
  admin: { en: 'Administrator', vi: 'Quản trị viên' },
};

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
export const isRole = (v: unknown): v is Role =>
  typeof v === 'string' && (ROLES as readonly string[]).includes(v);

export const hasRole = (caller: Caller, ...roles: Role[]): boolean =>
  caller.roles.some((r) => roles.includes(r));
