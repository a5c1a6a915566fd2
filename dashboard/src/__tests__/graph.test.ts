import { errorAt, getPath, isForbidden } from '../graph';
import { parseRoute } from '../route';

describe('partial answers', () => {
  const errors = [
    {
      message: 'Person.fullName is personal data',
      path: ['household', 'members', 0, 'fullName'],
      extensions: { code: 'FORBIDDEN' },
    },
    { message: 'Unit 79 is outside', path: ['areaPeriod'], extensions: { code: 'FORBIDDEN' } },
  ];

  it('finds the error at a path or above it', () => {
    expect(errorAt(errors, ['household', 'members', 0, 'fullName'])?.message).toBe(
      'Person.fullName is personal data',
    );
    expect(errorAt(errors, ['household', 'members', 1, 'fullName'])).toBeUndefined();
    expect(errorAt(errors, ['areaPeriod', 'labourUnion', 'care', 'number'])?.message).toBe(
      'Unit 79 is outside',
    );
    expect(isForbidden(errorAt(errors, ['areaPeriod', 'x']))).toBe(true);
    expect(errorAt([{ message: 'whole request' }], ['anything'])?.message).toBe('whole request');
  });

  it('reads dotted paths with list indexes', () => {
    const data = { a: { b: [{ c: 1 }, { c: 2 }] } };
    expect(getPath(data, 'a.b.1.c')).toBe(2);
    expect(getPath(data, ['a', 'b', 0, 'c'])).toBe(1);
    expect(getPath(data, 'a.x.y')).toBeUndefined();
    expect(getPath(null, 'a')).toBeNull();
  });
});

describe('hash routes', () => {
  it('maps the hash to a page', () => {
    expect(parseRoute('#/')).toEqual({ page: 'area' });
    expect(parseRoute('')).toEqual({ page: 'area' });
    expect(parseRoute('#/lists')).toEqual({ page: 'lists' });
    expect(parseRoute('#/household/abc-1')).toEqual({ page: 'household', id: 'abc-1' });
  });
});
