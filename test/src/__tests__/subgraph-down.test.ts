import { startTestHub, type TestHub } from '../hub-client';

// The demo hub with one organisation's service stopped and started again while the gateway keeps running.
let hub: TestHub;
let viewer: string;
beforeAll(async () => {
  hub = await startTestHub({ demoData: true });
  viewer = await hub.token({ org: 'people-committee', units: ['75'], roles: ['viewer'] });
}, 240_000);
afterAll(() => hub?.close());

const HOUSEHOLD = `query AHouseholdAndEveryonesSupport($id: ID!) {
  household(id: $id) {
    code status unit { name }
    unionMembers { status }
    unionCareActivities { kind }
    fiveNoThreeClean { year }
    frontSupport { disbursedTotal }
    loans { status }
  } }`;

const readyz = async () => {
  const response = await fetch(hub.gatewayUrl.replace(/\/graphql$/, '/readyz'));
  return {
    status: response.status,
    body: (await response.json()) as { status: string; subgraphs: Record<string, { status: string }> },
  };
};

describe('one organisation’s service down', () => {
  it('answers the other organisations, names the missing one, and recovers by itself when it returns', async () => {
    const page = await hub.query(
      `{ households(filter: { unitCode: "75" }, first: 100) { nodes { id unionMembers { id } } } }`,
      {},
      viewer,
    );
    const id = page.data!.households.nodes.find((h: { unionMembers: unknown[] }) => h.unionMembers.length).id;
    const full = await hub.query(HOUSEHOLD, { id }, viewer);
    expect(full.errors).toBeUndefined();
    expect(full.data!.household.unionMembers.length).toBeGreaterThan(0);
    expect((await readyz()).status).toBe(200);

    await hub.stopSubgraph('labour-union');
    try {
      const partial = await hub.query(HOUSEHOLD, { id }, viewer);
      expect(partial.data).toEqual({
        household: { ...full.data!.household, unionMembers: null, unionCareActivities: null },
      });
      expect(partial.errors!.length).toBeGreaterThan(0);
      for (const error of partial.errors!) {
        expect(error.message).toBe(
          "The Labour Union's service (labour-union) is unavailable; its fields are missing from this answer",
        );
        expect(error.extensions).toEqual({
          code: 'SUBGRAPH_UNAVAILABLE',
          subgraph: 'labour-union',
          organisation: 'labour-union',
        });
        expect(error.path).toEqual(['household']);
      }

      const degraded = await readyz();
      expect(degraded.status).toBe(503);
      expect(degraded.body.status).toBe('degraded');
      expect(
        Object.fromEntries(Object.entries(degraded.body.subgraphs).map(([name, s]) => [name, s.status])),
      ).toEqual({
        'people-committee': 'ready',
        'labour-union': 'unreachable',
        'womens-union': 'ready',
        'fatherland-front': 'ready',
        microfinance: 'ready',
      });
      expect(degraded.body.subgraphs['labour-union']).toMatchObject({ organisation: 'Labour Union' });
    } finally {
      await hub.startSubgraph('labour-union');
    }

    // The same gateway, not restarted, answers fully again.
    expect(await hub.query(HOUSEHOLD, { id }, viewer)).toEqual({ status: 200, data: full.data });
    const ready = await readyz();
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ready');
  });
});
