import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UnitKind, UnitLevel } from '../enums';

/** Bundled GSO code lists (see data/admin-units/README.md and LICENSE.dvhcvn). */
export const OFFICIAL_UNITS_DIR = join(__dirname, '..', '..', 'data', 'admin-units');

export interface OfficialUnit {
  code: string;
  name: string;
  level: UnitLevel;
  kind: UnitKind;
  parentCode: string | null;
}

const KINDS: Record<string, UnitKind> = {
  ward: UnitKind.WARD,
  commune: UnitKind.COMMUNE,
  'special-zone': UnitKind.SPECIAL_ZONE,
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
      level: UnitLevel.PROVINCE,
      kind: name.startsWith('Thành phố') ? UnitKind.CENTRAL_CITY : UnitKind.PROVINCE,
      parentCode: null,
    };
  });
  const provinceCodes = new Set(provinces.map((p) => p.code));
  const communes = rows('communes-2025.csv').map(([provinceCode, code, name, kind]): OfficialUnit => {
    if (!provinceCodes.has(provinceCode!) || !/^\d{5}$/.test(code ?? '') || !name || !KINDS[kind!]) {
      throw new Error(`communes-2025.csv: bad row ${provinceCode},${code},${name},${kind}`);
    }
    return { code: code!, name, level: UnitLevel.COMMUNE, kind: KINDS[kind!]!, parentCode: provinceCode! };
  });
  return [...provinces, ...communes];
}
