import { UnionOrganisationLevel as L } from '../../enums';
import { parentProblem } from '../organisation-rules';

describe('the union tree', () => {
  it('puts a province federation at the top, with no parent', () => {
    expect(parentProblem(L.PROVINCE_FEDERATION, null)).toBeNull();
    expect(parentProblem(L.PROVINCE_FEDERATION, L.PROVINCE_FEDERATION)).toMatch(/top of its tree/);
  });

  it('puts district federations, sector and industrial-zone unions under the province federation', () => {
    for (const level of [L.DISTRICT_FEDERATION, L.SECTOR_UNION, L.INDUSTRIAL_ZONE_UNION]) {
      expect(parentProblem(level, L.PROVINCE_FEDERATION)).toBeNull();
      expect(parentProblem(level, null)).toMatch(/needs a parent/);
      expect(parentProblem(level, L.SECTOR_UNION)).toMatch(/cannot sit under/);
    }
  });

  it('puts grassroots unions under any upper level, never under another grassroots union', () => {
    expect(parentProblem(L.GRASSROOTS_UNION, L.INDUSTRIAL_ZONE_UNION)).toBeNull();
    expect(parentProblem(L.GRASSROOTS_UNION, L.PROVINCE_FEDERATION)).toBeNull();
    expect(parentProblem(L.GRASSROOTS_UNION, L.GRASSROOTS_UNION)).toMatch(/cannot sit under/);
  });
});
