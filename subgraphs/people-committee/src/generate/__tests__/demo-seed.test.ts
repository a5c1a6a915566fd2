import { startSubgraphHarness, type SubgraphHarness } from '@chung-tay/common/testing';
import { checkNationalId } from '../../person/national-id';
import type { Sex } from '../../enums';
import { peopleCommittee } from '../../subgraph';
import { seedDemoData } from '../demo-data';

let h: SubgraphHarness;
beforeAll(async () => {
  h = await startSubgraphHarness(peopleCommittee);
  await seedDemoData(h.dataSource);
});
afterAll(() => h?.close());

const rows = <T = Record<string, unknown>>(sql: string): Promise<T[]> => h.dataSource.query(sql);
const count = async (table: string) =>
  Number((await rows<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

describe('seeding the demo register', () => {
  it('creates about 320 households in Đồng Nai, and a second run adds nothing', async () => {
    const households = await count('household');
    expect(households).toBeGreaterThanOrEqual(300);
    expect(households).toBeLessThanOrEqual(340);
    const tables = [
      'household',
      'person',
      'assessment',
      'household_status_change',
      'programme',
      'benefit',
      'target',
    ];
    const before = await Promise.all(tables.map(count));
    await seedDemoData(h.dataSource);
    expect(await Promise.all(tables.map(count))).toEqual(before);
  });

  it('gives every household exactly one head, who is its head_person_id', async () => {
    const bad = await rows(`SELECT h.code FROM household h
      WHERE (SELECT count(*) FROM person p WHERE p.household_id = h.id AND p.relation_to_head = 'HEAD') <> 1
         OR NOT EXISTS (SELECT 1 FROM person p WHERE p.id = h.head_person_id AND p.relation_to_head = 'HEAD')`);
    expect(bad).toEqual([]);
  });

  it('gives valid, unique national IDs that agree with birth date and sex', async () => {
    const people = await rows<{ national_id: string; birth_date: string; sex: Sex }>(
      `SELECT national_id, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, sex FROM person WHERE national_id IS NOT NULL`,
    );
    expect(people.length).toBeGreaterThan(300);
    const problems = people.map((p) => checkNationalId(p.national_id, p.birth_date, p.sex)).filter(Boolean);
    expect(problems).toEqual([]);
    expect(new Set(people.map((p) => p.national_id)).size).toBe(people.length);
  });

  it('ends every household in the status its latest review led to', async () => {
    const mismatched = await rows(`SELECT h.code FROM household h
      JOIN LATERAL (SELECT resulting_status FROM assessment a WHERE a.household_id = h.id
                    ORDER BY a.review_date DESC LIMIT 1) last ON true
      WHERE last.resulting_status <> h.status`);
    expect(mismatched).toEqual([]);
    expect(await count('assessment')).toBe(2 * (await count('household')));
  });

  it('lets some households poor in 2022 rise out of poverty', async () => {
    const [{ n }] = (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM household h
      JOIN household_status_change r ON r.household_id = h.id AND r.reason = 'REGISTRATION'
      WHERE r.status = 'POOR' AND h.status IN ('ESCAPED_POVERTY', 'NEAR_POOR')`)) as [{ n: number }];
    expect(n).toBeGreaterThan(0);
  });
});
