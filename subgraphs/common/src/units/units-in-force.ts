import {
  readOfficialUnits,
  readUnitsBefore2025,
  type OfficialUnit,
  type RetiredUnit,
} from './official-units';

/**
 * A token names the units its holder works for, and those must be units in force: a retired code (a pre-2025
 * province or district) has no records of its own and no place in today's tree, so it would either see nothing or,
 * read through its successors, see units its holder was never given. Sign-in (the gateway's and every subgraph's
 * token check) and `npm run token` refuse it with what to ask for instead.
 */

interface Bundled {
  inForce: Map<string, OfficialUnit>;
  retired: Map<string, RetiredUnit>;
}

let bundled: Bundled | undefined;

/** The bundled code lists, read once per process (a few thousand rows). */
function bundledUnits(): Bundled {
  if (!bundled) {
    const current = readOfficialUnits();
    bundled = {
      inForce: new Map(current.map((u) => [u.code, u])),
      retired: new Map(readUnitsBefore2025(current).map((u) => [u.code, u])),
    };
  }
  return bundled;
}

/** "75" for a province merged whole into one, else the successor codes themselves. */
function successorsOf(unit: RetiredUnit, inForce: Map<string, OfficialUnit>): string {
  const parents = new Set(unit.successorCodes.map((c) => inForce.get(c)?.parentCode ?? c));
  if (unit.level === 'PROVINCE' && parents.size === 1) return [...parents][0]!;
  return unit.successorCodes.join(', ');
}

/** Why `code` is not a unit in force, or null when it is one. */
export function unitNotInForce(code: string): string | null {
  const { inForce, retired } = bundledUnits();
  if (inForce.has(code)) return null;
  const gone = retired.get(code);
  if (gone) {
    return (
      `unit ${code} was retired on ${gone.validTo} (merged into ${successorsOf(gone, inForce)}); ` +
      'ask for a token for the units in force'
    );
  }
  return `unit ${code} is not an administrative unit in force; ask for a token for the units in force`;
}

/** The first problem among a token's units, or null when all are in force. */
export const unitsNotInForce = (codes: readonly string[]): string | null =>
  codes.map(unitNotInForce).find((problem) => problem !== null) ?? null;
