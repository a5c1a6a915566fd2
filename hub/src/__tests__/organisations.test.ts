import { ALL_SUBGRAPHS } from '@chung-tay/common';
import { GenerationWave } from '@chung-tay/common/generate';
import { inWaves, loadDefinition, loadDefinitions } from '../organisations';

describe('the hub finds organisations through their packages', () => {
  it("loads every organisation's definition from @chung-tay/<name> (its lib entry, not a server)", async () => {
    const found = await loadDefinitions(ALL_SUBGRAPHS);
    expect(found.map(({ definition }) => definition.info.name)).toEqual(ALL_SUBGRAPHS.map((s) => s.name));
    for (const { definition } of found) expect(definition.migrations).toBeDefined();
  });

  it('runs the register first and the lender after the Women’s Union, in bulk and in the demo', async () => {
    const generators = await Promise.all(
      ALL_SUBGRAPHS.map(async (s) => ({ org: s.name, ...(await loadDefinition(s.name)).generators })),
    );
    const order = (kind: 'demo' | 'bulk') =>
      inWaves(generators.flatMap((g) => (g[kind] ? [{ org: g.org, wave: g[kind].wave }] : []))).map((wave) =>
        wave.map((g) => g.org),
      );
    expect(order('bulk')).toEqual([
      ['people-committee'],
      ['labour-union', 'womens-union', 'fatherland-front'],
      ['microfinance'],
    ]);
    expect(order('demo')).toEqual([['labour-union', 'womens-union', 'fatherland-front'], ['microfinance']]);
  });
});

describe('inWaves', () => {
  it('groups by wave in wave order, keeping the given order within a wave', () => {
    const items = [
      { id: 'a', wave: GenerationWave.AFTER_LINKED },
      { id: 'b', wave: GenerationWave.LINKED },
      { id: 'c', wave: GenerationWave.REGISTER },
      { id: 'd', wave: GenerationWave.LINKED },
    ];
    expect(inWaves(items).map((w) => w.map((i) => i.id))).toEqual([['c'], ['b', 'd'], ['a']]);
    expect(inWaves([])).toEqual([]);
  });
});
