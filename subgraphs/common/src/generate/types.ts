import type { Database } from '../database/data-source';
import type { OrganisationId } from '../organisations';
import type { Role } from '../auth/caller';
import type { Rng } from '../random';
import type { Column, Query } from './bulk-insert';

/**
 * The order organisations' generators run in. Generators of one wave may run at the same time (each writes only
 * its own database); a wave starts when the one before it is done. A new organisation whose records point only
 * into the People's Committee's register runs in LINKED.
 */
export enum GenerationWave {
  /** The People's Committee's register of households and people, which every other organisation refers to. */
  REGISTER = 0,
  /** Records that point into the register (union members, pledges, funds …). */
  LINKED = 1,
  /** Records that point into another organisation's LINKED records (loans to savings-and-loan groups). */
  AFTER_LINKED = 2,
}

/** The province the demo and the generator write for when none is given: Đồng Nai. */
export const DEFAULT_DEMO_PROVINCE = '75';

/** One member of a demo household, as the People's Committee's admin reads it through the gateway. */
export interface DemoPerson {
  id: string;
  fullName: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  birthYear: number;
  nationalId: string | null;
  relationToHead: string;
}

export interface DemoHousehold {
  id: string;
  code: string;
  unitCode: string;
  status: string;
  poorCategory: 'A' | 'B' | null;
  socialProtection: boolean;
  members: DemoPerson[];
}

/** Calls the gateway as one user; throws with every GraphQL error's message. */
export type GraphQLCall = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export interface DemoContext {
  /** The demo province (2-digit code). */
  province: string;
  /** Every household of the People's Committee's demo register in the province, ordered by code. */
  register: DemoHousehold[];
  /** Calls the gateway as an organisation's user (default: officer of the province). */
  as(org: OrganisationId, role?: Role, units?: string[]): GraphQLCall;
}

/**
 * An organisation's demo records (npm start), made through the gateway with its own token the way its tools
 * would make them, so they are consistent with the register by construction. Must do nothing when its records
 * are already there (the hub restarts on the same data).
 */
export interface DemoGenerator {
  wave: GenerationWave;
  seed(ctx: DemoContext): Promise<void>;
}

export type HouseholdStatusCode =
  'POOR' | 'NEAR_POOR' | 'ESCAPED_POVERTY' | 'ESCAPED_NEAR_POVERTY' | 'NOT_POOR';

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
  status: HouseholdStatusCode;
  statusSince: string;
  poorCategory: 'A' | 'B' | null;
  socialProtection: boolean;
  members: GenPerson[];
  /** Every status the household held, oldest first. */
  history: { status: HouseholdStatusCode; effectiveDate: string; poorCategory: 'A' | 'B' | null }[];
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

/** A savings-and-loan group a generated person belongs to (the lender lends to the group's members). */
export interface SavingsGroupMembership {
  groupId: string;
  formedOn: string;
}

/**
 * What generators of earlier waves hand to later ones, by federation key only (no rows of another database).
 * A generator that needs something another has not produced gets a clear error from `BulkContext.need`.
 */
export interface GeneratedLinks {
  register: Register;
  /** Person id → the Women's Union savings-and-loan group they joined. */
  savingsGroups: Map<string, SavingsGroupMembership>;
}

/** Rows written per table, for the figures printed at the end. */
export type TableCounts = Record<string, number>;

export interface BulkContext {
  org: OrganisationId;
  database: Database;
  /** Runs a statement in the organisation's transaction. */
  query: Query;
  seed: number;
  province: string;
  /** How many households the register gets. */
  households: number;
  today: string;
  /** The year of `today`; generated history covers the two years before it and this one up to today. */
  year: number;
  /** The register (from the REGISTER wave on). */
  register: Register;
  /** What an earlier wave handed over; throws naming the missing link. */
  need<K extends keyof GeneratedLinks>(link: K): GeneratedLinks[K];
  /** Hands something to later waves. */
  provide<K extends keyof GeneratedLinks>(link: K, value: GeneratedLinks[K]): void;
  /** A PRNG for one purpose of this seed, so adding draws to one purpose does not shift another. */
  rng(stream: string): Rng;
  uuid: () => string;
  /** Inserts rows into a table (columns checked against the entity metadata) and counts them. */
  insert<R>(table: string, columns: Column<R>[], rows: readonly R[]): Promise<void>;
}

/** An organisation's generated rows (npm run seed), written in one transaction of its own database. */
export interface BulkGenerator {
  wave: GenerationWave;
  /**
   * Why the organisation's database already holds records the run must not write on top of (an earlier run, the
   * demo data of npm start), or null; asked of every organisation before anything is written.
   */
  refusal?(query: Query): Promise<string | null>;
  generate(ctx: BulkContext): Promise<void>;
}

/** `SubgraphDefinition.generators`: how an organisation makes its demo and its generated data. */
export interface OrganisationGenerators {
  demo?: DemoGenerator;
  bulk?: BulkGenerator;
}
