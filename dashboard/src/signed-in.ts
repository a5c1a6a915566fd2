import { vietnamToday } from './period';

/**
 * Who is signed in, from the claims of the provider's id token (oidc-client-ts's `profile`): `name`, `org`,
 * `units`, `roles` — the same claims the hub's access carries. Read only to show; the gateway decides access.
 */
export interface Person {
  name: string;
  org: string | null;
  units: string[];
  roles: string[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export function personOf(profile: Record<string, unknown>): Person {
  return {
    name: text(profile.name) ?? text(profile.preferred_username) ?? text(profile.sub) ?? '?',
    org: text(profile.org),
    units: strings(profile.units),
    roles: strings(profile.roles),
  };
}

const VIETNAM_OFFSET_MS = 7 * 3600_000; // UTC+7 all year (no daylight saving)
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Until when the session lasts as it stands (`expiresAt`, seconds since the epoch), in Vietnam's time as offices
 * read clocks: `14:05` today, `14:05 8/12` on another day. Renewal moves it on.
 */
export function sessionEndLabel(expiresAt: number, now: Date = new Date()): string {
  const end = new Date(expiresAt * 1000);
  const local = new Date(end.getTime() + VIETNAM_OFFSET_MS);
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  return vietnamToday(end) === vietnamToday(now)
    ? time
    : `${time} ${local.getUTCDate()}/${local.getUTCMonth() + 1}`;
}
