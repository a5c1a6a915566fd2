import { testToken } from '@chung-tay/common/testing';
import { COMMUNE, HCMC_WARD, register, useSubgraph, WARD } from './fixtures';

// One scope rule for every read: the households a caller lists are exactly those it can read by id and by
// reference, and an area's figures are answered exactly when every household they count is one of those.
const env = useSubgraph();

const BIEN_HOA_WARD = '26005'; // Phường Hố Nai, once in Biên Hòa (district 731)
/** Where each test household lies: [label, unit, areas that contain it]. */
const PLACES = [
  ['A', WARD, ['75', '70', WARD]], // a ward that was Bình Phước's (70), merged into Đồng Nai (75)
  ['B', COMMUNE, ['75', '70', COMMUNE]],
  ['C', BIEN_HOA_WARD, ['75', '731', BIEN_HOA_WARD]],
  ['D', HCMC_WARD, ['79', HCMC_WARD]],
] as const;
const AREAS = ['75', '70', '731', WARD, COMMUNE, BIEN_HOA_WARD, '79', HCMC_WARD];

/** Callers (People's Committee viewers), what they see by the rule worked by hand, and the areas they may ask. */
const CALLERS: [string[], string, string[]][] = [
  [['75'], 'ABC', ['75', '70', '731', WARD, COMMUNE, BIEN_HOA_WARD]],
  [[WARD], 'A', [WARD]],
  [[WARD, COMMUNE], 'AB', [WARD, COMMUNE]], // not 70: most of Bình Phước is other communes
  [[BIEN_HOA_WARD, HCMC_WARD], 'CD', [BIEN_HOA_WARD, HCMC_WARD]], // not 731: one ward of nine
  [['79'], 'D', ['79', HCMC_WARD]],
];

const ids: Record<string, { id: string; members: { id: string }[] }> = {};
beforeAll(async () => {
  for (const [label, unitCode] of PLACES) {
    const officer = unitCode === HCMC_WARD ? env.t.hcmcOfficer : env.t.officer;
    ids[label] = await register(env.h, officer, {
      unitCode,
      initialStatus: 'POOR',
      statusSince: '2024-01-01',
    });
  }
});

const labelOf = (id: string) => Object.keys(ids).find((l) => ids[l]!.id === id) ?? id;
const seen = (list: (string | null)[]) =>
  list
    .filter((l): l is string => l !== null)
    .sort()
    .join('');

describe.each(CALLERS)('a viewer of %j', (units, visible, areas) => {
  let token: string;
  beforeAll(async () => {
    token = await testToken({ org: 'people-committee', units, roles: ['viewer'] });
  });

  it(`lists, reads by id and by reference the same households (${visible})`, async () => {
    const list = await env.h.query(`{ households(first: 100) { totalCount nodes { id } } }`, {}, token);
    expect(seen(list.data!.households.nodes.map((n: { id: string }) => labelOf(n.id)))).toBe(visible);

    const byId = await Promise.all(
      Object.entries(ids).map(async ([label, { id }]) => {
        const res = await env.h.query(`query($id: ID!) { household(id: $id) { id } }`, { id }, token);
        if (res.errors) expect(res.errors[0]!.extensions!.code).toBe('FORBIDDEN');
        return res.data?.household ? label : null;
      }),
    );
    expect(seen(byId)).toBe(visible);

    const refs = await env.h.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) {
        ... on Household { id } ... on Person { household { id } } } }`,
      {
        reps: Object.values(ids).flatMap(({ id, members }) => [
          { __typename: 'Household', id },
          { __typename: 'Person', id: members[0]!.id },
        ]),
      },
      token,
    );
    const entities = refs.data!._entities as ({ id?: string; household?: { id: string } } | null)[];
    expect(seen(entities.filter((_, i) => i % 2 === 0).map((e) => e && labelOf(e.id!)))).toBe(visible);
    expect(seen(entities.filter((_, i) => i % 2 === 1).map((e) => e && labelOf(e.household!.id)))).toBe(
      visible,
    );
    expect(refs.errors?.every((e) => e.extensions?.code === 'FORBIDDEN') ?? true).toBe(true);
  });

  it(`answers the figures of ${areas.join(', ')} only, counting households it can list`, async () => {
    for (const area of AREAS) {
      const res = await env.h.query(
        `query($unitCode: String!) { areaPeriod(unitCode: $unitCode, period: "2025-Q2") {
          peopleCommittee { householdsAtEnd { poor } } } }`,
        { unitCode: area },
        token,
      );
      const inArea = PLACES.filter(([, , within]) => (within as readonly string[]).includes(area)).map(
        ([label]) => label,
      );
      if (areas.includes(area)) {
        expect({ area, errors: res.errors }).toEqual({ area, errors: undefined });
        expect(inArea.every((l) => visible.includes(l))).toBe(true);
        expect(res.data!.areaPeriod.peopleCommittee.householdsAtEnd.poor).toBe(inArea.length);
      } else {
        expect({ area, code: res.errors?.[0]?.extensions?.code }).toEqual({ area, code: 'FORBIDDEN' });
      }
    }
  });
});

describe('a token naming a unit no longer in force', () => {
  it.each([
    [['70'], 'unit 70 was retired on 2025-06-30 (merged into 75); ask for a token for the units in force'],
    [['75', '731'], 'unit 731 was retired on 2025-06-30'],
  ])('%j is refused at sign-in, before anything is read', async (units, message) => {
    const token = await testToken({ org: 'people-committee', units, roles: ['officer'] });
    const res = await env.h.query(
      `{ households(first: 100) { nodes { id members { nationalId } } } }`,
      {},
      token,
    );
    expect(res.status).toBe(401);
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringContaining(message),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});
