import 'reflect-metadata';
import { execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import {
  Arg,
  Directive,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { declareIntegerIdArgument } from '../schema/argument-guard';
import { buildFederatedSchema } from '../schema/build-federated-schema';
import { inputProblems, NUL_MESSAGE } from '../schema/input-check';
import { DateScalar } from '../schema/scalars';
import { GraphQLID, GraphQLList, GraphQLNonNull } from 'graphql';

// The kit's guard checks every ID and text value a caller sends, in arguments at any depth and in `_entities`
// representations, before a resolver (and so SQL) sees it. Each resolver here records what reached it.

const UUID = '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e';
const reached: unknown[] = [];

@ObjectType()
@Directive('@key(fields: "id")')
class Thing {
  @Field(() => ID) id!: string;
  @Field() label!: string;
  @Field(() => DateScalar, { nullable: true }) since?: string;
}

@ObjectType()
@Directive('@key(fields: "unitCode period")')
class Area {
  @Field() unitCode!: string;
  @Field() period!: string;
}

@InputType()
class MemberInput {
  @Field(() => ID) personId!: string;
  @Field() name!: string;
}

@InputType()
class SaveInput {
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => [MemberInput]) members!: MemberInput[];
  @Field(() => [ID], { nullable: true }) tagIds?: string[];
}

@Resolver()
class ThingResolver {
  @Query(() => Thing, { nullable: true })
  thing(@Arg('id', () => ID) id: string) {
    reached.push(id);
    return { id, label: 'x' };
  }

  @Query(() => [Thing])
  things(
    @Arg('search', { nullable: true }) search: string,
    @Arg('first', () => Int, { nullable: true }) _: number,
  ) {
    reached.push(search);
    return [];
  }

  @Query(() => [Thing])
  log(@Arg('before', () => ID, { nullable: true }) before: string) {
    reached.push(before);
    return [];
  }

  @Mutation(() => Thing)
  save(@Arg('input', () => SaveInput) input: SaveInput) {
    reached.push(input);
    return { id: UUID, label: 'saved' };
  }

  @Query(() => Area, { nullable: true })
  area() {
    return null;
  }
}

let schema: GraphQLSchema;

beforeAll(async () => {
  declareIntegerIdArgument('Query', 'log', 'before');
  ({ schema } = await buildFederatedSchema(
    { resolvers: [ThingResolver] },
    {
      Thing: {
        __resolveReference: (ref: { id: string }) => (reached.push(ref.id), { id: ref.id, label: 'ref' }),
      },
      Area: { __resolveReference: (ref: Area) => (reached.push(ref), ref) },
    },
  ));
});

beforeEach(() => {
  reached.length = 0;
});

type Errors = { message: string; path?: readonly (string | number)[]; extensions: Record<string, any> }[];

async function run(query: string, variables: Record<string, unknown> = {}) {
  const result = (await execute({
    schema,
    document: parse(query),
    variableValues: variables,
  })) as ExecutionResult;
  return {
    data: result.data as Record<string, any> | null,
    errors: (result.errors ?? []) as unknown as Errors,
  };
}

describe('arguments', () => {
  it.each([
    ['a word', 'abc'],
    ['an empty string', ''],
    ['SQL', "'; DROP TABLE household; --"],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['Vietnamese text', 'Nguyễn Thị Ánh'],
    ['a NUL byte', '\u0000'],
    ['a UUID with a NUL byte after it', `${UUID}\u0000`],
    ['a UUID with spaces', ` ${UUID} `],
  ])('refuses %s as an ID, naming the argument, before the resolver', async (_, id) => {
    const { data, errors } = await run('query($id: ID!) { thing(id: $id) { id } }', { id });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(errors[0]!.message).toMatch(/^id: ".*" is not an id \(ids are UUIDs/);
    expect(errors[0]!.message.length).toBeLessThan(200);
    expect(data?.thing).toBeNull();
    expect(reached).toEqual([]);
  });

  it('passes a UUID, in either case, on to the resolver', async () => {
    for (const id of [UUID, UUID.toUpperCase()]) {
      const { errors } = await run(`{ thing(id: "${id}") { id } }`);
      expect(errors).toEqual([]);
    }
    expect(reached).toEqual([UUID, UUID.toUpperCase()]);
  });

  it('refuses a NUL byte in a text argument and passes other text, SQL-looking or not', async () => {
    const refused = await run('query($s: String) { things(search: $s) { id } }', { s: 'Lê\u0000' });
    expect(refused.errors[0]).toMatchObject({
      message: `search: ${NUL_MESSAGE}`,
      extensions: { code: 'BAD_USER_INPUT', field: 'search' },
    });
    for (const s of ["'; DROP TABLE household; --", 'Nguyễn Thị Ánh', '']) {
      expect((await run('query($s: String) { things(search: $s) { id } }', { s })).errors).toEqual([]);
    }
    expect(reached).toEqual(["'; DROP TABLE household; --", 'Nguyễn Thị Ánh', '']);
  });

  it('names the path of a bad value nested in input objects and lists, and lists every bad value', async () => {
    const input = {
      id: UUID,
      members: [
        { personId: UUID, name: 'An' },
        { personId: UUID, name: 'Bình' },
        { personId: 'abc', name: 'Chi\u0000' },
      ],
      tagIds: [UUID, '1'],
    };
    const { errors } = await run('mutation($input: SaveInput!) { save(input: $input) { id } }', { input });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions.field).toBe('input.members[2].personId');
    expect(errors[0]!.extensions.fields.map((f: { field: string }) => f.field)).toEqual([
      'input.members[2].personId',
      'input.members[2].name',
      'input.tagIds[1]',
    ]);
    expect(errors[0]!.message).toMatch(/^input\.members\[2\]\.personId: "abc" is not an id/);
    expect(reached).toEqual([]);
  });

  it('checks values written in the query as well as variables', async () => {
    const { errors } = await run(
      `mutation { save(input: { members: [{ personId: "x1", name: "An" }] }) { id } }`,
    );
    expect(errors[0]!.extensions.field).toBe('input.members[0].personId');
    expect(reached).toEqual([]);
  });

  it('takes a declared integer id (an audit entry) and refuses anything else there', async () => {
    expect((await run('{ log(before: "12345") { id } }')).errors).toEqual([]);
    for (const before of ['abc', '', '-1', '1.5', UUID, '9'.repeat(19), '1\u0000']) {
      const { errors } = await run('query($b: ID) { log(before: $b) { id } }', { b: before });
      expect(errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'before' } });
      expect(errors[0]!.message).toMatch(/is not an entry id \(a whole number\)/);
    }
    expect(reached).toEqual(['12345']);
  });
});

describe('_entities representations', () => {
  const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Thing { id label } ... on Area { unitCode } } }`;

  it('answers a bad representation with BAD_USER_INPUT at its index and resolves the others', async () => {
    const { data, errors } = await run(entities, {
      r: [
        { __typename: 'Thing', id: UUID },
        { __typename: 'Thing', id: 'abc' },
        { __typename: 'Area', unitCode: '75', period: '2025-Q1\u0000' },
        { __typename: 'Thing', id: 42 },
        { __typename: 'Thing' },
        { __typename: 'Nothing', id: UUID },
        { __typename: 'Thing', id: UUID, since: 'not a date' },
      ],
    });
    expect(data?._entities).toEqual([{ id: UUID, label: 'ref' }, null, null, null, null, null, null]);
    expect(reached).toEqual([UUID]);
    expect(errors.map((e) => [e.path?.join('.'), e.extensions.code, e.extensions.field])).toEqual([
      ['_entities.1', 'BAD_USER_INPUT', 'representations[1].id'],
      ['_entities.2', 'BAD_USER_INPUT', 'representations[2].period'],
      ['_entities.3', 'BAD_USER_INPUT', 'representations[3].id'],
      ['_entities.4', 'BAD_USER_INPUT', 'representations[4]'],
      ['_entities.5', 'BAD_USER_INPUT', 'representations[5].__typename'],
      ['_entities.6', 'BAD_USER_INPUT', 'representations[6].since'],
    ]);
    expect(errors[3]!.message).toMatch(/needs its key "id"/);
  });

  it('resolves good representations untouched', async () => {
    const { data, errors } = await run(entities, {
      r: [
        { __typename: 'Area', unitCode: '75', period: '2025-Q1' },
        { __typename: 'Thing', id: UUID },
      ],
    });
    expect(errors).toEqual([]);
    expect(data?._entities).toEqual([{ unitCode: '75' }, { id: UUID, label: 'ref' }]);
  });
});

describe('inputProblems', () => {
  it('walks a list of IDs given as a single value (GraphQL coerces one value to a list)', () => {
    const type = new GraphQLList(new GraphQLNonNull(GraphQLID));
    expect(inputProblems(type, 'abc', 'ids')).toEqual([
      { field: 'ids[0]', message: expect.stringMatching(/"abc"/) },
    ]);
    expect(inputProblems(type, [UUID, null], 'ids')).toEqual([]);
  });

  it('shows at most 40 characters of a value', () => {
    const [problem] = inputProblems(GraphQLID, 'x'.repeat(10_000), 'id');
    expect(problem!.message).toBe(`"${'x'.repeat(40)}…" is not an id (ids are UUIDs such as 3f2b8c1e-…)`);
  });
});
