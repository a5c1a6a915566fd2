import { createGroupLoader, createRowLoader } from '../loaders';

describe('row and group loaders', () => {
  it('fetch once per tick and answer in key order, null for misses', async () => {
    const fetch = jest.fn(async (keys: readonly string[]) =>
      keys
        .filter((k) => k !== 'missing')
        .map((k) => ({ id: k }))
        .reverse(),
    );
    const loader = createRowLoader(fetch, (r) => r.id);
    const results = await Promise.all(['b', 'missing', 'a'].map((k) => loader.load(k)));
    expect(results).toEqual([{ id: 'b' }, null, { id: 'a' }]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('group rows by key, with an empty list for keys without rows', async () => {
    const loader = createGroupLoader(
      async () => [
        { household: 'h1', name: 'An' },
        { household: 'h2', name: 'Bình' },
        { household: 'h1', name: 'Chi' },
      ],
      (r) => r.household,
    );
    expect(await loader.loadMany(['h1', 'h3', 'h2'])).toEqual([
      [
        { household: 'h1', name: 'An' },
        { household: 'h1', name: 'Chi' },
      ],
      [],
      [{ household: 'h2', name: 'Bình' }],
    ]);
  });
});
