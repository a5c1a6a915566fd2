import { Directive, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors';

@ObjectType({ description: 'Where a page of a list ends and whether more follow.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when another page follows; ask for it with after: endCursor.' })
  hasNextPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item of this page; null when empty.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1 to 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

export interface Page<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
  nodes: T[];
}

/** A GitHub-style connection type (totalCount, pageInfo, edges, nodes) for one node type. */
export function Connection<T extends object>(NodeClass: ClassType<T>) {
  @ObjectType(`${NodeClass.name}Edge`, { description: `One item of a page, with its cursor.` })
  abstract class Edge {
    @Field({ description: 'Opaque position of this item; pass it as after to read the items after it.' })
    cursor!: string;
    @Field(() => NodeClass, { description: 'The item.' }) node!: T;
  }
  @ObjectType()
  abstract class ConnectionType implements Page<T> {
    @Field(() => Int, {
      description: 'How many items the whole list has (all pages), under the same filter.',
    })
    totalCount!: number;
    @Field(() => PageInfo, { description: 'Where this page ends and whether more follow.' })
    pageInfo!: PageInfo;
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: { cursor: string; node: T }[];
    @Field(() => [NodeClass], { description: 'The items of this page, without cursors.' }) nodes!: T[];
  }
  return ConnectionType;
}

export const encodeCursor = (key: string): string => Buffer.from(`k:${key}`, 'utf8').toString('base64url');

export function decodeCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (cursor == null) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:')) throw new BadUserInputError('is not a cursor returned by this list', field);
  return text.slice(2);
}

/** Builds a page from `first + 1` rows fetched after the cursor (the extra row only tells that more exist). */
export function toPage<T>(rows: T[], first: number, totalCount: number, keyOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    totalCount,
    nodes,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
