import { UnionOrganisationLevel as L } from '../enums';

/** Which levels may sit directly above each level of the union tree. */
export const PARENT_LEVELS: Record<L, L[]> = {
  [L.PROVINCE_FEDERATION]: [],
  [L.DISTRICT_FEDERATION]: [L.PROVINCE_FEDERATION],
  [L.SECTOR_UNION]: [L.PROVINCE_FEDERATION],
  [L.INDUSTRIAL_ZONE_UNION]: [L.PROVINCE_FEDERATION],
  // A grassroots union sits under an upper-level union, or directly under the province federation.
  [L.GRASSROOTS_UNION]: [
    L.PROVINCE_FEDERATION,
    L.DISTRICT_FEDERATION,
    L.SECTOR_UNION,
    L.INDUSTRIAL_ZONE_UNION,
  ],
};

/** Why `level` cannot sit under a parent of `parentLevel` (null: no parent), or null when it can. */
export function parentProblem(level: L, parentLevel: L | null): string | null {
  const allowed = PARENT_LEVELS[level];
  if (parentLevel === null) {
    return allowed.length ? `a ${level} needs a parent organisation (${allowed.join(' or ')})` : null;
  }
  if (!allowed.length) return `a ${level} is the top of its tree and has no parent`;
  return allowed.includes(parentLevel) ? null : `a ${level} cannot sit under a ${parentLevel}`;
}
