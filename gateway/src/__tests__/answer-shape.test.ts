import { parse } from 'graphql';
import { answerShape, pruneAnswer, shapeCache } from '../answer-shape';

const prune = (query: string, data: unknown, variables?: Record<string, unknown>, abstract?: string[]) =>
  pruneAnswer(data, answerShape(parse(query))!, variables, new Set(abstract));

describe('pruneAnswer keeps only what the fetch asked the subgraph for', () => {
  it('keeps aliases by their response key and drops the field under its own name', () => {
    expect(
      prune('{ h: household(id: "1") { c: code } }', { h: { c: 'A', code: 'X' }, household: {} }),
    ).toEqual({
      h: { c: 'A' },
    });
  });

  it('drops an extra root field and an extra nested field', () => {
    const data = { unionCareReport: { reached: 3, poor: 424242 }, households: { totalCount: 1 } };
    expect(prune('{ unionCareReport { reached } }', data)).toEqual({ unionCareReport: { reached: 3 } });
  });

  it('keeps __typename only when selected', () => {
    expect(prune('{ a { id } }', { a: { __typename: 'A', id: 1 } })).toEqual({ a: { id: 1 } });
    expect(prune('{ a { __typename id } }', { a: { __typename: 'A', id: 1 } })).toEqual({
      a: { __typename: 'A', id: 1 },
    });
  });

  it('keeps each entity of an _entities list to its own inline fragment, not a fragment on another type', () => {
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) {
      __typename ... on Household { unionMembers { memberNumber } } ... on Loan { amount } } }`;
    const data = {
      _entities: [
        {
          __typename: 'Household',
          unionMembers: [{ memberNumber: 'M1', id: 'x' }],
          code: 'FORGED',
          amount: 9,
        },
        null,
        { __typename: 'Loan', amount: 5, status: 'PAID' },
      ],
    };
    expect(prune(query, data)).toEqual({
      _entities: [
        { __typename: 'Household', unionMembers: [{ memberNumber: 'M1' }] },
        null,
        { __typename: 'Loan', amount: 5 },
      ],
    });
  });

  it('follows named fragment spreads, and fragments on an interface apply to any object', () => {
    const query = `{ _entities(representations: []) { ...H ... on Node { id } } }
      fragment H on Household { code }`;
    const data = { _entities: [{ __typename: 'Household', code: 'C', id: 'i', status: 'POOR' }] };
    expect(prune(query, data, undefined, ['Node'])).toEqual({ _entities: [{ code: 'C', id: 'i' }] });
    expect(prune(query, data)).toEqual({ _entities: [{ code: 'C' }] });
  });

  it('keeps nulls and scalar values as answered, merges a key selected twice, honours @skip/@include', () => {
    const query = `query($no: Boolean!) { a { b { x } b { y } s @include(if: $no) t @skip(if: false) n } }`;
    const data = { a: { b: { x: 1, y: 2, z: 3 }, s: 'asked-not', t: [1, 2], n: null } };
    expect(prune(query, data, { no: false })).toEqual({ a: { b: { x: 1, y: 2 }, t: [1, 2], n: null } });
    expect(prune('{ a { id } }', { a: null })).toEqual({ a: null });
  });
});

describe('shapeCache', () => {
  it('parses a query once and stays within its size', () => {
    const shapeOf = shapeCache(2);
    const first = shapeOf('{ a }');
    expect(shapeOf('{ a }')).toBe(first);
    shapeOf('{ b }');
    shapeOf('{ c }');
    expect(shapeOf('{ a }')).not.toBe(first);
  });
});
