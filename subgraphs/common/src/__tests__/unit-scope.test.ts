import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { createTestDatabase } from '../database/embedded-postgres';
import { callerCoversUnit, callerScopeSql, type ScopeUnit } from '../units/unit-scope';
import { UnitTree1763900000400 } from '../units/unit-tree.migration';
import { UnitsBefore20251763900000401 } from '../units/units-before-2025.migration';

// The scope rule's two forms over the whole bundled tree in a real PostgreSQL (the migrations every subgraph runs),
// plus a few made-up retired units for the edges the bundled data lacks.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let db: DataSource;
let units: Map<string, ScopeUnit>;

const caller = (codes: string[]): Caller => ({
  subject: 't',
  org: 'labour-union',
  units: codes,
  roles: ['viewer'],
});
const load = async (code: string) => units.get(code);

const sqlScope = async (codes: string[]) =>
  new Set(
    ((await db.query(`SELECT code FROM (${callerScopeSql('$1')}) s`, [codes])) as { code: string }[]).map(
      (r) => r.code,
    ),
  );
const memoryScope = async (codes: string[]) => {
  const inScope = new Set<string>();
  for (const code of units.keys()) if (await callerCoversUnit(caller(codes), load, code)) inScope.add(code);
  return inScope;
};

beforeAll(async () => {
  database = await createTestDatabase();
  db = new DataSource({ type: 'postgres', url: database.url, poolSize: 2 });
  await db.initialize();
  const q = db.createQueryRunner();
  await new UnitTree1763900000400().up(q);
  await new UnitsBefore20251763900000401().up(q);
  await q.release();
  // 991: a district split between a commune of 75 and one of 79; 992: retired with no successor recorded;
  // 993: a district of 75 whose successor is itself retired (the rule walks only units in force).
  await db.query(`INSERT INTO unit_tree (code, name, level, kind, parent_code, valid_from, valid_to, successor_codes)
    VALUES ('991', 'Split', 'DISTRICT', 'DISTRICT', '75', '2004-01-01', '2025-06-30', '{26005,25747}'),
           ('992', 'Empty', 'DISTRICT', 'DISTRICT', '75', '2004-01-01', '2025-06-30', '{}'),
           ('993', 'Chain', 'DISTRICT', 'DISTRICT', '75', '2004-01-01', '2025-06-30', '{731}')`);
  const rows = (await db.query('SELECT code, parent_code, valid_to, successor_codes FROM unit_tree')) as {
    code: string;
    parent_code: string | null;
    valid_to: Date | null;
    successor_codes: string[];
  }[];
  units = new Map(
    rows.map((r) => [
      r.code,
      {
        code: r.code,
        parentCode: r.parent_code,
        validTo: r.valid_to && r.valid_to.toISOString().slice(0, 10),
        successorCodes: r.successor_codes,
      },
    ]),
  );
}, 120_000);

afterAll(async () => {
  await db?.destroy();
  await database?.drop();
});

describe('the scope rule', () => {
  it('hand-worked cases on Đồng Nai (75), which took over Bình Phước (70) and its old districts', async () => {
    const province = await memoryScope(['75']);
    expect(province.has('26005')).toBe(true); // a ward of 75
    expect(province.has('25195')).toBe(true); // a commune that was Bình Phước's
    expect(province.has('70')).toBe(true); // every unit that took Bình Phước over lies under 75
    expect(province.has('731')).toBe(true); // a retired district of 75
    expect(province.has('991')).toBe(false); // half of it went to 79
    expect(province.has('992')).toBe(false);
    expect(province.has('993')).toBe(false);
    expect(province.has('79')).toBe(false);
    expect(province.has('25747')).toBe(false); // a ward of 79

    const ward = await memoryScope(['26005']);
    expect([...ward]).toEqual(['26005']); // not district 731, which 26005 is only one part of
    expect((await memoryScope(['75', '79'])).has('991')).toBe(true);

    // Retired or unknown codes start no scope: the attack listed 75's communes with a token for 70.
    expect((await memoryScope(['70'])).size).toBe(0);
    expect((await memoryScope(['731'])).size).toBe(0);
    expect((await sqlScope(['70'])).size).toBe(0);
    expect((await sqlScope(['99999'])).size).toBe(0);
  });

  it('the SQL form and the in-memory form agree on every unit for many callers', async () => {
    const codes = [...units.keys()].sort();
    const provinces = codes.filter((c) => c.length === 2);
    const communes = codes.filter((c) => c.length === 5);
    const retired = codes.filter((c) => units.get(c)!.validTo);
    let seed = 21;
    const pick = <T>(list: T[]) => list[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % list.length]!;
    const callers: string[][] = [
      [],
      ...provinces.map((p) => [p]),
      ...retired.map((r) => [r]),
      ['75', '79'],
      ['75', '70'],
      ['26005', '25747'],
      ['99999'],
      ...Array.from({ length: 30 }, () => [pick(communes)]),
      ...Array.from({ length: 15 }, () => [pick(provinces), pick(communes), pick(retired)]),
    ];
    let pairs = 0;
    for (const c of callers) {
      const [inSql, inMemory] = [await sqlScope(c), await memoryScope(c)];
      expect({ caller: c, scope: [...inSql].sort() }).toEqual({ caller: c, scope: [...inMemory].sort() });
      pairs += codes.length;
    }
    expect(pairs).toBeGreaterThan(300_000);
  });
});
