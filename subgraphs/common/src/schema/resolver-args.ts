import { Arg, ID } from 'type-graphql';
import type { ClassType } from 'type-graphql';

/**
 * The arguments every organisation's fetch-one, list and create operations take, worded once so the five subgraphs
 * describe them alike in the composed schema and no resolver carries its own copy of the wording.
 */

/** `id: ID!` of a fetch-one query. */
export const IdArg = () => Arg('id', () => ID, { description: 'Its id.' });

/** The optional `filter` of a list query; the caller's units are applied by the service whatever the filter says. */
export const ScopedFilterArg = (filterType: ClassType) =>
  Arg('filter', () => filterType, {
    nullable: true,
    description: "Which to list; every condition given must hold. The caller's units always apply.",
  });

/** The `input` of a create or update mutation; its GraphQL type is read from the parameter's TypeScript type. */
export const InputArg = () =>
  Arg('input', { description: 'What to record; the input type describes each field.' });
