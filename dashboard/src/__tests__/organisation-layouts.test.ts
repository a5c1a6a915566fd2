import { ORGANISATION_REGISTRY } from '@chung-tay/vocabulary';
import { genericLayout, LAYOUT, layoutPaths } from '../figures';
import { areaQuery } from '../queries';

describe('organisation sections', () => {
  it('shows every organisation of the registry, in its order', () => {
    expect(LAYOUT.map((l) => l.org)).toEqual(ORGANISATION_REGISTRY.map((o) => o.id));
  });

  it('gives an organisation without a written view the figures its registry entry names', () => {
    const layout = genericLayout({
      id: 'farmers-union',
      vi: 'Hội Nông dân',
      en: "Farmers' Union",
      envPrefix: 'FARMERS_UNION',
      defaultPort: 4006,
      sections: {},
      figures: [
        { path: 'members', vi: 'Số hội viên', en: 'Members' },
        { path: 'asOf', vi: 'Tính đến ngày', en: 'As of', kind: 'date' },
      ],
    });
    expect(layout.field).toBe('farmersUnion');
    expect(layoutPaths(layout)).toEqual(['farmersUnion.members', 'farmersUnion.asOf']);
    expect(layout.items[1]).toMatchObject({ kind: 'date', label: { vi: 'Tính đến ngày', en: 'As of' } });
    const query = areaQuery(layout);
    expect(query).toContain('farmersUnion { members asOf');
    expect(query).toContain('farmersUnionReporting {');
  });
});
