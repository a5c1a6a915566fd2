import { randomUUID } from 'node:crypto';
import { describeAccessMatrix, testToken } from '@chung-tay/common/testing';
import { subgraph } from '../subgraph';
import { HCMC_WARD, memberInput, REGISTER, register, useSubgraph } from './fixtures';

const env = useSubgraph();
const household = randomUUID();
/** A member of Hồ Chí Minh City (province 79), registered by an officer there. */
let outside: { id: string };
const count = async () => Number((await env.h.dataSource.query('SELECT count(*) AS n FROM member'))[0].n);

beforeAll(async () => {
  await register(env.h, env.t.officer, { householdId: household, fullName: 'Nguyễn Thị Hoa' });
  const hcmc = await testToken({ org: '{{id}}', units: ['79'], roles: ['officer'] });
  outside = await register(env.h, hcmc, { unitCode: HCMC_WARD });
});

describeAccessMatrix(subgraph, {
  harness: () => env.h,
  // A household of the People's Committee's register: everyone reads it; its members are personal data.
  read: {
    document: `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Household { id {{camel}}Members { fullName } } } }`,
    variables: () => ({ r: [{ __typename: 'Household', id: household }] }),
    personal: [['_entities', 0, '{{camel}}Members']],
    check: (data, own) => {
      const [h] = data._entities;
      expect(h.id).toBe(household);
      if (own) expect(h.{{camel}}Members).toEqual([{ fullName: 'Nguyễn Thị Hoa' }]);
    },
  },
  outside: {
    byId: {
      document: `query($id: ID!) { {{camel}}Member(id: $id) { id fullName } }`,
      variables: () => ({ id: outside.id }),
      fields: ['{{camel}}Member'],
    },
    reference: {
      representation: () => ({ __typename: '{{Pascal}}Member', id: outside.id }),
      selection: 'id fullName',
    },
    // The register lists no one outside the caller's units to its own people, and nothing to the others.
    more: async (token) => {
      const res = await env.h.query(
        `query($u: String!) { {{camel}}Members(unitCode: $u) { id } }`,
        { u: HCMC_WARD },
        token,
      );
      expect(res.data?.{{camel}}Members ?? []).toEqual([]);
      for (const e of res.errors ?? []) expect(e.extensions?.code).toBe('FORBIDDEN');
    },
  },
  write: { document: REGISTER, variables: () => ({ input: memberInput() }), unchanged: count },
});
