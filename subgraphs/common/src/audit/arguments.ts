import {
  getNullableType,
  isInputObjectType,
  isLeafType,
  isListType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';

/** One value a field was given: where (`input.members.fullName`, no list indices) and what, as a string. */
export interface ArgumentLeaf {
  path: string;
  /** null when the caller gave null (a cleared field is a change too). */
  value: string | null;
  /** The value names a record: an `ID`, or an argument or input field called `id` or `…Id(s)` (not national). */
  isRecordId: boolean;
}

/** Longest string kept from a caller's value: the log holds what was tried, not whatever was sent. */
export const MAX_AUDIT_TEXT = 256;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A caller's string made storable: PostgreSQL refuses NUL in text and jsonb and lone surrogates in jsonb, so
 * both become U+FFFD (a bad argument must not make the audit insert fail); very long values are cut.
 */
export function storableText(text: string): string {
  const clean = text.replace(/\0/g, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');
  return clean.length > MAX_AUDIT_TEXT ? `${clean.slice(0, MAX_AUDIT_TEXT)}…` : clean;
}

/**
 * Record ids are ID-typed; the name rule also catches ids carried in another scalar. National IDs are not record
 * ids but personal data: they are kept as search criteria only, never in the record ids of a change.
 */
const RECORD_ID_NAME = /^id$|Ids?$/;
const PERSONAL_ID_NAME = /^national/i;

function serialize(type: GraphQLInputType, value: unknown): string {
  try {
    // Back to what the caller wrote: enum names, custom scalars (periods, dates) in their text form.
    const out = isLeafType(type) ? type.serialize(value) : value;
    return storableText(typeof out === 'string' ? out : JSON.stringify(out));
  } catch {
    return storableText(String(value));
  }
}

function walk(type: GraphQLInputType, value: unknown, path: string, name: string, out: ArgumentLeaf[]) {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (value === null) {
    out.push({ path, value: null, isRecordId: false });
  } else if (value === undefined) {
    return;
  } else if (isListType(nullable)) {
    for (const item of Array.isArray(value) ? value : [value]) walk(nullable.ofType, item, path, name, out);
  } else if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      if (field) walk(field.type, inner, `${path}.${key}`, key, out);
    }
  } else {
    const isRecordId = nullable.name === 'ID' || (RECORD_ID_NAME.test(name) && !PERSONAL_ID_NAME.test(name));
    out.push({ path, value: serialize(nullable, value), isRecordId });
  }
}

/**
 * Every value a root field was given, from graphql's coerced arguments: variables, inline literals and defaults
 * are already resolved there, and each aliased call of a field has its own, so the log is right for all of them.
 */
export function argumentLeaves(
  definitions: readonly GraphQLArgument[],
  args: Record<string, unknown>,
): ArgumentLeaf[] {
  const out: ArgumentLeaf[] = [];
  for (const arg of definitions) walk(arg.type, args[arg.name], arg.name, arg.name, out);
  return out;
}

const unique = <T>(items: T[]) => [...new Set(items)];

/** The ids of the records the arguments name. */
export const recordIdsOf = (leaves: ArgumentLeaf[]): string[] =>
  unique(leaves.flatMap((l) => (l.isRecordId && l.value !== null ? [l.value] : [])));

/** The names of the input fields given, record ids aside: what a change changed, never the values. */
export const fieldNamesOf = (leaves: ArgumentLeaf[]): string[] =>
  unique(leaves.flatMap((l) => (l.isRecordId ? [] : [l.path])));
