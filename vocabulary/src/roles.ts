import type { Label, Language } from './label';

/** The roles a token may carry (`roles` claim); each organisation's access rules name them. */
export const ROLES = ['viewer', 'officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role is called where a person is named by it (the identity provider's accounts, the dashboard's
 * header). A role names a person, so the Vietnamese is a noun: "Người xem", not the verb "Xem".
 */
export const ROLE_NAMES: Record<Role, Label> = {
  viewer: { vi: 'Người xem', en: 'Viewer' },
  officer: { vi: 'Cán bộ nghiệp vụ', en: 'Officer' },
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
};

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** A role's name in the language; a role this hub does not know (a newer issuer's) is shown as the token spells it. */
export const roleLabel = (lang: Language, role: string): string =>
  isRole(role) ? ROLE_NAMES[role][lang] : role;
