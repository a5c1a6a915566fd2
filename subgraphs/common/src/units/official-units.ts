import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bundled GSO code lists (see data/admin-units/README.md and LICENSE.dvhcvn). */
export const OFFICIAL_UNITS_DIR = join(__dirname, '..', '..', 'data', 'admin-units');

export type OfficialUnitLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
export type OfficialUnitKind = 'CENTRAL_CITY' | 'PROVINCE' | 'DISTRICT' | 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE';

export interface OfficialUnit {
  code: string;
  name: string;
  level: OfficialUnitLevel;
  kind: OfficialUnitKind;
  parentCode: string | null;
}

/** A unit retired by a merger: its last day and the units that took its area over. */
export interface RetiredUnit extends OfficialUnit {
  validFrom: string;
  validTo: string;
  successorCodes: string[];
}

const KINDS: Record<string, OfficialUnitKind> = {
  ward: 'WARD',
  commune: 'COMMUNE',
  'special-zone': 'SPECIAL_ZONE',
};

function rows(file: string): string[][] {
  return readFileSync(join(OFFICIAL_UNITS_DIR, file), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split(',').map((cell) => cell.trim()));
}

/** Provinces first, then communes, each checked so a damaged file fails loudly instead of loading half. */
export function readOfficialUnits(): OfficialUnit[] {
  const provinces = rows('provinces-2025.csv').map(([code, name]): OfficialUnit => {
    if (!/^\d{2}$/.test(code ?? '') || !name) throw new Error(`provinces-2025.csv: bad row ${code},${name}`);
    return {
      code: code!,
      name,
      level: 'PROVINCE',
      kind: name.startsWith('Thành phố') ? 'CENTRAL_CITY' : 'PROVINCE',
      parentCode: null,
    };
  });
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const communes = rows('communes-2025.csv').map(([provinceCode, code, name, kind]): OfficialUnit => {
    if (!provinceCodes.has(provinceCode!) || !/^\d{5}$/.test(code ?? '') || !name || !KINDS[kind!]) {
      throw new Error(`communes-2025.csv: bad row ${provinceCode},${code},${name},${kind}`);
    }
    return { code: code!, name, level: 'COMMUNE', kind: KINDS[kind!]!, parentCode: provinceCode! };
  });
  return [...provinces, ...communes];
}

/** Inserts units in batches of 500 rows into `table` (columns code, name, level, kind, parent_code, valid_from). */
export async function insertOfficialUnits(
  query: (sql: string, params: unknown[]) => Promise<unknown>,
  table: string,
): Promise<void> {
  const units = readOfficialUnits();
  const columns = ['code', 'name', 'level', 'kind', 'parent_code', 'valid_from'] as const;
  for (let i = 0; i < units.length; i += 500) {
    const batch = units.slice(i, i + 500);
    const values = batch.map(
      (_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`,
    );
    await query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`,
      batch.flatMap((u) => [u.code, u.name, u.level, u.kind, u.parentCode, '2025-07-01']),
    );
  }
}

const RETIRED_KINDS = new Set<string>(['PROVINCE', 'CENTRAL_CITY', 'DISTRICT']);

/** Pre-July-2025 units with their successors (see data/admin-units/README.md), checked against the 2025 tree. */
export function readUnitsBefore2025(current: OfficialUnit[] = readOfficialUnits()): RetiredUnit[] {
  const known = new Set(current.map((u) => u.code));
  const parentOf = new Map(current.map((u) => [u.code, u.parentCode]));
  return rows('units-before-2025.csv').map(
    ([code, name, level, kind, parentCode, validFrom, validTo, successors]): RetiredUnit => {
      const successorCodes = (successors ?? '').split(' ').filter(Boolean);
      const problem =
        !/^\d{2,3}$/.test(code ?? '') || known.has(code!)
          ? 'code'
          : !name
            ? 'name'
            : !['PROVINCE', 'DISTRICT'].includes(level!) || !RETIRED_KINDS.has(kind!)
              ? 'level/kind'
              : parentCode && !known.has(parentCode)
                ? 'parent_code'
                : !/^\d{4}-\d{2}-\d{2}$/.test(validFrom ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(validTo ?? '')
                  ? 'valid_from/valid_to'
                  : !successorCodes.length || successorCodes.some((c) => !known.has(c))
                    ? 'successor_codes'
                    : // A district's area stays in its province, so its figures and the scope rule agree.
                      parentCode && successorCodes.some((c) => parentOf.get(c) !== parentCode)
                      ? 'successor_codes (outside its province)'
                      : null;
      if (problem) throw new Error(`units-before-2025.csv: bad ${problem} in row ${code},${name}`);
      return {
        code: code!,
        name: name!,
        level: level as OfficialUnitLevel,
        kind: kind as OfficialUnitKind,
        parentCode: parentCode || null,
        validFrom: validFrom!,
        validTo: validTo!,
        successorCodes,
      };
    },
  );
}

/** Inserts the retired units into `table` (which has a successor_codes text[] column). */
export async function insertUnitsBefore2025(
  query: (sql: string, params: unknown[]) => Promise<unknown>,
  table: string,
): Promise<void> {
  for (const u of readUnitsBefore2025()) {
    await query(
      `INSERT INTO ${table} (code, name, level, kind, parent_code, valid_from, valid_to, successor_codes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING`,
      [u.code, u.name, u.level, u.kind, u.parentCode, u.validFrom, u.validTo, u.successorCodes],
    );
  }
}
