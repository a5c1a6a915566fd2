import type { Database, OrganisationId } from '@chung-tay/common';
import type { Query } from './bulk';
import type { Rng } from '../random';

export type Status = 'POOR' | 'NEAR_POOR' | 'ESCAPED_POVERTY' | 'ESCAPED_NEAR_POVERTY' | 'NOT_POOR';

export interface GenPerson {
  id: string;
  householdId: string;
  fullName: string;
  birthDate: string;
  birthYear: number;
  sex: 'MALE' | 'FEMALE';
  relationToHead: string;
  nationalId: string | null;
}

export interface GenHousehold {
  id: string;
  code: string;
  unitCode: string;
  unitName: string;
  urban: boolean;
  status: Status;
  statusSince: string;
  poorCategory: 'A' | 'B' | null;
  socialProtection: boolean;
  members: GenPerson[];
  /** Every status the household held, oldest first. */
  history: { status: Status; effectiveDate: string; poorCategory: 'A' | 'B' | null }[];
}

export interface Commune {
  code: string;
  name: string;
  kind: string;
}

/** What the People's Committee's generator leaves for the others: the generated register and the units. */
export interface Register {
  province: string;
  provinceName: string;
  communes: Commune[];
  households: GenHousehold[];
}

/** Rows written per table, for the figures printed at the end. */
export type TableCounts = Record<string, number>;

export interface OrgContext {
  org: OrganisationId;
  database: Database;
  query: Query;
  seed: number;
  today: string;
  /** The year of `today`; generated history covers the two years before it and this one up to today. */
  year: number;
  register: Register;
  rng(stream: string): Rng;
  uuid: () => string;
  /** Inserts rows into a table and counts them (progress and figures). */
  insert: <R>(table: string, columns: import('./bulk').Column<R>[], rows: readonly R[]) => Promise<void>;
}

/** The status a household held on a date, from its history (null before it was registered). */
export function statusOn(h: GenHousehold, date: string): GenHousehold['history'][number] | null {
  let found: GenHousehold['history'][number] | null = null;
  for (const entry of h.history) if (entry.effectiveDate <= date) found = entry;
  return found;
}

export const isListed = (s: Status | undefined | null) => s === 'POOR' || s === 'NEAR_POOR';
export const ageOn = (p: GenPerson, date: string) => {
  const years = Number(date.slice(0, 4)) - p.birthYear;
  return p.birthDate.slice(5) > date.slice(5) ? years - 1 : years;
};
