import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { isUuid } from '../ids';

/**
 * The checks every value from a caller passes before a resolver sees it, by its GraphQL type. PostgreSQL refuses
 * a uuid column compared with anything but a UUID, and any text holding a NUL character; both would fail the
 * whole statement (and a DataLoader's whole batch) as an internal error instead of telling the caller what is
 * wrong. GraphQL's own coercion has already checked the rest of each scalar's shape.
 */

/** How an ID is written: the hub's record ids are UUIDs; the audit log's entry ids are integers. */
export type IdFormat = 'uuid' | 'integer';

/** One wrong value: where (`input.members[2].personId`) and what is wrong with it. */
export interface InputProblem {
  field: string;
  message: string;
}

/** At most this many problems are listed for one field; the first already says where to look. */
const MAX_PROBLEMS = 20;

/** A value as the caller can recognise it in a message: quoted, NUL and other controls escaped, cut short. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const cut = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return JSON.stringify(cut);
}

// An audit entry id is a PostgreSQL bigint; 18 digits stay below its maximum.
const INTEGER_ID = /^\d{1,18}$/;

function idProblem(value: unknown, format: IdFormat): string | null {
  if (typeof value !== 'string') return `${showValue(value)} is not an id`;
  if (format === 'integer')
    return INTEGER_ID.test(value) ? null : `${showValue(value)} is not an entry id (a whole number)`;
  return isUuid(value) ? null : `${showValue(value)} is not an id (ids are UUIDs such as 3f2b8c1e-…)`;
}

export const NUL_MESSAGE = 'contains a NUL character (\\u0000), which text cannot hold';

function textProblem(value: unknown): string | null {
  return typeof value === 'string' && value.includes('\u0000') ? NUL_MESSAGE : null;
}

/** Whether a value of this type could hold something to check (ID or text, possibly nested). */
export function holdsCheckedInput(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isNonNullType(type) || isListType(type)) return holdsCheckedInput(type.ofType, seen);
  if (isEnumType(type)) return false;
  if (isScalarType(type)) return !['Int', 'Float', 'Boolean'].includes(type.name);
  if (seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((f) => holdsCheckedInput(f.type, seen));
}

/**
 * The problems of one argument's coerced value, walking lists and input objects by their types. `idFormat`
 * applies to ID values directly in the argument (an input object's ID fields are always record ids).
 */
export function inputProblems(
  type: GraphQLInputType,
  value: unknown,
  field: string,
  idFormat: IdFormat = 'uuid',
  problems: InputProblem[] = [],
): InputProblem[] {
  if (value == null || problems.length >= MAX_PROBLEMS) return problems;
  if (isNonNullType(type)) return inputProblems(type.ofType, value, field, idFormat, problems);
  if (isListType(type)) {
    (Array.isArray(value) ? value : [value]).forEach((item, i) =>
      inputProblems(type.ofType, item, `${field}[${i}]`, idFormat, problems),
    );
  } else if (isInputObjectType(type)) {
    for (const [name, f] of Object.entries(type.getFields())) {
      inputProblems(f.type, (value as Record<string, unknown>)[name], `${field}.${name}`, 'uuid', problems);
    }
  } else if (isScalarType(type)) {
    const message = type.name === 'ID' ? idProblem(value, idFormat) : textProblem(value);
    if (message) problems.push({ field, message });
  }
  return problems;
}

/**
 * The problems of a value an `_entities` representation gives for a field of an entity (a key, or a field the
 * gateway sends for `@requires`), by the field's output type. Representations are plain JSON, never coerced, so
 * every scalar's kind is checked too.
 */
export function representationProblems(
  type: GraphQLOutputType,
  value: unknown,
  field: string,
  problems: InputProblem[] = [],
): InputProblem[] {
  if (value == null || problems.length >= MAX_PROBLEMS) return problems;
  if (isNonNullType(type)) return representationProblems(type.ofType, value, field, problems);
  if (isListType(type)) {
    if (!Array.isArray(value)) problems.push({ field, message: `${showValue(value)} is not a list` });
    else value.forEach((item, i) => representationProblems(type.ofType, item, `${field}[${i}]`, problems));
  } else if (isObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ field, message: `${showValue(value)} is not an object` });
      return problems;
    }
    const fields = type.getFields();
    for (const [name, v] of Object.entries(value)) {
      if (fields[name]) representationProblems(fields[name].type, v, `${field}.${name}`, problems);
    }
  } else if (isScalarType(type) || isEnumType(type)) {
    const message = scalarProblem(type.name, value, () => type.parseValue(value));
    if (message) problems.push({ field, message });
  }
  return problems;
}

function scalarProblem(name: string, value: unknown, parse: () => unknown): string | null {
  if (name === 'ID') return idProblem(value, 'uuid');
  if (name === 'String')
    return typeof value === 'string' ? textProblem(value) : `${showValue(value)} is not text`;
  try {
    parse();
  } catch {
    return `${showValue(value)} is not a ${name}`;
  }
  return textProblem(value);
}
