import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BreakingChange,
  findBreakingChanges,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { SCHEMA_DIR } from './compose';

/** The supergraph as last released; clients were built against it. Replaced (and the declarations emptied) at a release. */
export const RELEASED_SUPERGRAPH_PATH = join(SCHEMA_DIR, 'released', 'supergraph.graphql');
/** Breaking changes the next release makes on purpose, each with the reason a client reads in the CHANGELOG. */
export const DECLARED_BREAKING_CHANGES_PATH = join(SCHEMA_DIR, 'breaking-changes.json');

export interface DeclaredBreakingChange {
  /** graphql-js's wording of the change, exactly as the check prints it, e.g. "Loan.parRate was removed." */
  change: string;
  /** Why the change is worth breaking clients for; the CHANGELOG's entry says the same. */
  why: string;
}

export interface BreakingChangeReport {
  /** Breaking changes nobody declared: the check fails on these. */
  undeclared: BreakingChange[];
  /** Removals of a field or enum value that was not deprecated in the released schema: deprecate first. */
  notDeprecatedFirst: BreakingChange[];
  /** Declarations that match no change (stale, or mistyped): the check fails on these too, so the file stays true. */
  unused: DeclaredBreakingChange[];
}

export function readDeclaredBreakingChanges(path = DECLARED_BREAKING_CHANGES_PATH): DeclaredBreakingChange[] {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const ok =
    Array.isArray(parsed) &&
    parsed.every(
      (d: unknown) =>
        typeof d === 'object' &&
        d !== null &&
        typeof (d as Record<string, unknown>).change === 'string' &&
        typeof (d as Record<string, unknown>).why === 'string' &&
        ((d as Record<string, unknown>).why as string).trim() !== '',
    );
  if (!ok)
    throw new Error(`${path}: expected a list of { "change": "...", "why": "..." } with a reason for each`);
  return parsed as DeclaredBreakingChange[];
}

// "Type.member was removed." / "VALUE was removed from enum value Type." name the member graphql-js dropped.
function removedMember(change: BreakingChange): { type: string; member: string } | null {
  const field = /^([A-Za-z_]\w*)\.([A-Za-z_]\w*) was removed\.$/.exec(change.description);
  if (field) return { type: field[1]!, member: field[2]! };
  const value = /^([A-Za-z_]\w*) was removed from enum type ([A-Za-z_]\w*)\.$/.exec(change.description);
  return value ? { type: value[2]!, member: value[1]! } : null;
}

function wasDeprecated(schema: GraphQLSchema, type: string, member: string): boolean {
  const named = schema.getType(type);
  if (isObjectType(named) || isInterfaceType(named) || isInputObjectType(named)) {
    return Boolean(named.getFields()[member]?.deprecationReason);
  }
  if (isEnumType(named)) return Boolean(named.getValue(member)?.deprecationReason);
  return false;
}

/** Compares the next schema with the released one; only declared, deprecated-first breaking changes pass. */
export function checkBreakingChanges(
  released: GraphQLSchema,
  next: GraphQLSchema,
  declared: DeclaredBreakingChange[],
): BreakingChangeReport {
  const changes = findBreakingChanges(released, next);
  const declaredSet = new Set(declared.map((d) => d.change));
  const found = new Set(changes.map((c) => c.description));
  return {
    undeclared: changes.filter((c) => !declaredSet.has(c.description)),
    notDeprecatedFirst: changes.filter((c) => {
      const removed = removedMember(c);
      return removed !== null && !wasDeprecated(released, removed.type, removed.member);
    }),
    unused: declared.filter((d) => !found.has(d.change)),
  };
}

/** The lines a developer reads when the check fails: what broke, and how to declare it if it is meant. */
export function describeReport(report: BreakingChangeReport): string[] {
  return [
    ...report.undeclared.map(
      (c) =>
        `undeclared breaking change (${c.type}): ${JSON.stringify(c.description)} — restore it, or deprecate it first and declare it in schema/breaking-changes.json`,
    ),
    ...report.notDeprecatedFirst.map(
      (c) =>
        `removed without a deprecation in the released schema: ${JSON.stringify(c.description)} — deprecate it in one release, remove it in a later one`,
    ),
    ...report.unused.map(
      (d) =>
        `declared but not found: ${JSON.stringify(d.change)} — remove it from schema/breaking-changes.json`,
    ),
  ];
}
