import { ROLES } from '../auth/caller';
import { ORGANISATIONS } from '../organisations';
import type { ContractSubgraph } from './area-contracts';
import { testToken, type GraphQLResponse, type SubgraphHarness } from './subgraph-harness';

type Variables = () => Record<string, unknown>;
/** An answer's data, as the harness types it. */
type Data = NonNullable<GraphQLResponse['data']>;

export interface AccessMatrixAdapter {
  /** The running subgraph, read when the tests run (e.g. `() => env.h`). */
  harness: () => SubgraphHarness;
  /** The units every token of the matrix holds: the province of the records read and written. ['75'] if not given. */
  units?: string[];
  /**
   * A record of the province, read by everyone holding it: the organisation's own people in full, everyone
   * else with each personal field null and refused FORBIDDEN ("personal data"), where `personal` lists the
   * paths of those fields as GraphQL errors name them.
   */
  read: {
    document: string;
    variables: Variables;
    personal: (string | number)[][];
    /** Hand-worked: what this reader sees of the record (`own`: the organisation's own people). */
    check?: (data: Data, own: boolean, errors: GraphQLResponse['errors']) => void;
  };
  /** A record of another province: refused by id and by reference, and no list of that province shows it. */
  outside: {
    /** Root fields asking for it (or for several of the province's records) by id, each refused. */
    byId: { document: string; variables: Variables; fields: string[] };
    /** A representation of it for `_entities`, and the fields to ask of it (`... on Type { <selection> }`). */
    reference: { representation: () => { __typename: string } & Record<string, unknown>; selection: string };
    /**
     * Lists filtered to the other province, and how many they hold together in the answer. Left out where no list
     * is open to every organisation (a register shown only to its own people is refused whole to the others).
     */
    list?: { document: string; total: (data: Data) => number };
    /** Hand-worked: any other way to the record that must show nothing. */
    more?: (token: string) => Promise<void>;
  };
  /** A write in the province, made by the organisation's officers and admins and refused to everyone else. */
  write: {
    document: string;
    variables: Variables;
    /** What a refused write must leave as it was (e.g. the row counts of the organisation's tables). */
    unchanged?: () => Promise<unknown>;
  };
}

/**
 * The access matrix every organisation owes its records: for each organisation × role holding the province,
 * reading with or without the personal data, nothing of another province by any path, and writing only as the
 * organisation's officer or admin.
 */
export function describeAccessMatrix(subgraph: ContractSubgraph, adapter: AccessMatrixAdapter): void {
  const own = subgraph.info.name;
  const matrix = ORGANISATIONS.flatMap((org) => ROLES.map((role) => [org, role] as const));
  const send = (document: string, variables: Record<string, unknown>, token: string) =>
    adapter.harness().query(document, variables, token);
  const forbidden = (res: GraphQLResponse) => expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  describe.each(matrix)(`${own}: access of %s %s`, (org, role) => {
    let token: string;
    beforeAll(async () => {
      token = await testToken({ org, units: adapter.units ?? ['75'], roles: [role] });
    });
    const mine = org === own;
    const writer = mine && role !== 'viewer';

    it(`reads a record of its province${mine ? ' with' : ' without'} the personal data`, async () => {
      const res = await send(adapter.read.document, adapter.read.variables(), token);
      expect(res.data).toBeTruthy();
      adapter.read.check?.(res.data!, mine, res.errors);
      if (mine) {
        expect(res.errors).toBeUndefined();
        return;
      }
      const paths = (res.errors ?? []).map((e) => e.path);
      for (const path of adapter.read.personal) {
        expect(paths).toContainEqual(path);
        const value = path.reduce<unknown>((at, key) => (at as Record<string, unknown>)?.[key], res.data);
        expect([path, value]).toEqual([path, null]);
      }
      for (const e of res.errors!) {
        expect([e.path, e.extensions?.code, e.message]).toEqual([
          e.path,
          'FORBIDDEN',
          expect.stringMatching(/personal data/),
        ]);
      }
    });

    it('cannot read a record of another province, by id, by list or by reference', async () => {
      const { byId, reference, list, more } = adapter.outside;
      const one = await send(byId.document, byId.variables(), token);
      expect(one.errors?.map((e) => e.extensions?.code)).toEqual(byId.fields.map(() => 'FORBIDDEN'));
      for (const field of byId.fields) expect([field, one.data?.[field] ?? null]).toEqual([field, null]);
      if (list) {
        const listed = await send(list.document, {}, token);
        expect(listed.errors).toBeUndefined();
        expect(list.total(listed.data!)).toBe(0);
      }
      const rep = reference.representation();
      const ref = await send(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${rep.__typename} { ${reference.selection} } } }`,
        { r: [rep] },
        token,
      );
      expect(ref.data?._entities).toEqual([null]);
      forbidden(ref);
      await more?.(token);
    });

    it(`${writer ? 'may' : 'may not'} write the organisation's records`, async () => {
      const before = await adapter.write.unchanged?.();
      const res = await send(adapter.write.document, adapter.write.variables(), token);
      if (writer) {
        expect(res.errors).toBeUndefined();
        return;
      }
      forbidden(res);
      expect(await adapter.write.unchanged?.()).toEqual(before);
    });
  });
}
