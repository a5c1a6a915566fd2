import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  areaKey,
  areaUnitsCte,
  parsePeriod,
  rolledUp,
  todayInVietnam,
  type AreaLoader,
  type AreaPeriod,
  type Period,
} from '@chung-tay/common';
import { ProgrammeKind } from '../enums';
import { Target } from '../programme/target.entity';
import { ReportObligation } from '../report-obligation/report-obligation.entity';
import type { UnitValidity } from '../report-obligation/expected-reports';
import type { PeopleCommitteeBenefitFigures, PeopleCommitteeHouseholdCounts } from './area-figures.types';

const AREA = `${areaUnitsCte('administrative_unit')},
  area_household AS (SELECT h.id, h.unit_code FROM household h WHERE h.unit_code IN (SELECT code FROM area_unit))`;

/** Each household's status on a day ($n): its latest status change on or before it. */
const statusOn = (name: string, param: string) => `${name} AS (
    SELECT DISTINCT ON (c.household_id) c.household_id, c.status, c.poor_category
    FROM household_status_change c JOIN area_household h ON h.id = c.household_id
    WHERE c.effective_date <= ${param}
    ORDER BY c.household_id, c.effective_date DESC, c.created_at DESC)`;

const counts = (alias: string, prefix: string) =>
  ['POOR', 'NEAR_POOR', 'ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY']
    .map((s) => `count(*) FILTER (WHERE ${alias}.status = '${s}')::int AS ${prefix}_${s.toLowerCase()}`)
    .concat(
      ['A', 'B'].map(
        (c) =>
          `count(*) FILTER (WHERE ${alias}.status = 'POOR' AND ${alias}.poor_category = '${c}')::int AS ${prefix}_poor_${c.toLowerCase()}`,
      ),
    )
    .join(', ');

/** Movements between two days: out of (near-)poverty, back into it, and newly poor or near-poor. */
export interface HouseholdMoves {
  escaped: number;
  fellBack: number;
  newly: number;
}

type Row = Record<string, number | string>;
const countsOf = (r: Row | undefined, prefix: string, asOf: string): PeopleCommitteeHouseholdCounts => ({
  asOf,
  poor: Number(r?.[`${prefix}_poor`] ?? 0),
  poorA: Number(r?.[`${prefix}_poor_a`] ?? 0),
  poorB: Number(r?.[`${prefix}_poor_b`] ?? 0),
  nearPoor: Number(r?.[`${prefix}_near_poor`] ?? 0),
  escapedPoverty: Number(r?.[`${prefix}_escaped_poverty`] ?? 0),
  escapedNearPoverty: Number(r?.[`${prefix}_escaped_near_poverty`] ?? 0),
});

/**
 * Each household's statuses as spans: from a change's date until the next change's (the later of two changes on
 * one day wins, as in `statusOn`), so the status on any number of days comes from one pass over the history.
 */
const STATUS_SPANS = `spans AS (
    SELECT c.household_id, h.unit_code, c.status, c.poor_category, c.effective_date AS since,
      lead(c.effective_date) OVER (PARTITION BY c.household_id ORDER BY c.effective_date, c.created_at) AS until
    FROM household_status_change c JOIN area_household h ON h.id = c.household_id)`;

const covers = (alias: string, day: string) =>
  `${alias}.since <= ${day} AND (${alias}.until IS NULL OR ${alias}.until > ${day})`;

/** A key of `householdsOn`: an area's root unit and a day. */
export const dayKey = (root: string, day: string) => `${root}|${day}`;
/** A key of `householdMoves`: an area's root unit and two days. */
export const movesKey = (root: string, from: string, to: string) => `${root}|${from}|${to}`;

/**
 * Status counts on every (area, day) a request asks for — the ends of the periods of a trend, the baselines of
 * targets — in ONE statement.
 */
async function householdsOn(dataSource: DataSource, keys: readonly string[]) {
  const parsed = keys.map((k) => k.split('|') as [string, string]);
  const rows: Row[] = await dataSource.query(
    `WITH RECURSIVE ${AREA}, ${STATUS_SPANS}
     SELECT a.root, to_char(d.day, 'YYYY-MM-DD') AS day, ${counts('s', 'n')}
     FROM unnest($2::date[]) d(day) JOIN spans s ON ${covers('s', 'd.day')}
       JOIN area_unit a ON a.code = s.unit_code
     GROUP BY a.root, d.day`,
    [[...new Set(parsed.map(([root]) => root))], [...new Set(parsed.map(([, day]) => day))]],
  );
  const found = new Map(rows.map((r) => [dayKey(r.root as string, r.day as string), r]));
  return parsed.map(([root, day]) => countsOf(found.get(dayKey(root, day)), 'n', day));
}

/** The movements between two days for every (area, day, day) a request asks for, in ONE statement. */
async function householdMoves(dataSource: DataSource, keys: readonly string[]) {
  const parsed = keys.map((k) => k.split('|') as [string, string, string]);
  const pairs = [...new Set(parsed.map(([, from, to]) => `${from}|${to}`))].map((p) => p.split('|'));
  // Every household that counts has a status at the end (e); its status at the start (s) may be missing.
  const rows: Row[] = await dataSource.query(
    `WITH RECURSIVE ${AREA}, ${STATUS_SPANS},
       pair(from_day, to_day) AS (SELECT * FROM unnest($2::date[], $3::date[]))
     SELECT a.root, to_char(p.from_day, 'YYYY-MM-DD') AS from_day, to_char(p.to_day, 'YYYY-MM-DD') AS to_day,
       count(*) FILTER (WHERE s.status IN ('POOR', 'NEAR_POOR') AND e.status NOT IN ('POOR', 'NEAR_POOR'))::int
         AS escaped,
       count(*) FILTER (WHERE s.status IN ('ESCAPED_POVERTY', 'ESCAPED_NEAR_POVERTY', 'NOT_POOR')
         AND e.status IN ('POOR', 'NEAR_POOR'))::int AS fell_back,
       count(*) FILTER (WHERE s.household_id IS NULL AND e.status IN ('POOR', 'NEAR_POOR'))::int AS newly
     FROM pair p JOIN spans e ON ${covers('e', 'p.to_day')} JOIN area_unit a ON a.code = e.unit_code
       LEFT JOIN spans s ON s.household_id = e.household_id AND ${covers('s', 'p.from_day')}
     GROUP BY a.root, p.from_day, p.to_day`,
    [[...new Set(parsed.map(([root]) => root))], pairs.map(([from]) => from), pairs.map(([, to]) => to)],
  );
  const found = new Map(
    rows.map((r): [string, HouseholdMoves] => [
      movesKey(r.root as string, r.from_day as string, r.to_day as string),
      { escaped: Number(r.escaped), fellBack: Number(r.fell_back), newly: Number(r.newly) },
    ]),
  );
  return parsed.map(
    ([root, from, to]) => found.get(movesKey(root, from, to)) ?? { escaped: 0, fellBack: 0, newly: 0 },
  );
}

export const dayBefore = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
/** Stocks are counted at the period's end, or today while it runs. */
export const stockDay = (p: Period, today: string) => (p.end < today ? p.end : today);

/** A batch function of keys `<root>|<a>|<b>…` answering all roots that share the rest of the key in one statement. */
function byRootAndBatch<R>(
  fetch: (roots: string[], rest: string[]) => Promise<Map<string, R>>,
  empty: (rest: string[]) => R,
) {
  return async (keys: readonly string[]): Promise<R[]> => {
    const groups = new Map<string, string[]>();
    for (const k of keys) {
      const [root, ...rest] = k.split('|');
      groups.set(rest.join('|'), [...(groups.get(rest.join('|')) ?? []), root!]);
    }
    const found = new Map<string, R>();
    await Promise.all(
      [...groups].map(async ([rest, roots]) => {
        const parts = rest.split('|');
        const answers = await fetch([...new Set(roots)], parts);
        for (const root of roots) found.set(`${root}|${rest}`, answers.get(root) ?? empty(parts));
      }),
    );
    return keys.map((k) => found.get(k)!);
  };
}

/** A loader keyed `<root>|<a>|<b>…` answering all roots that share the rest of the key in one statement. */
const byRootAnd = <R>(
  fetch: (roots: string[], rest: string[]) => Promise<Map<string, R>>,
  empty: (rest: string[]) => R,
) => new DataLoader<string, R>(byRootAndBatch(fetch, empty));

/** The two days a period's movements run between: the day before it starts, and its stock day. */
export const periodDays = (p: Period, today: string) => ({
  from: dayBefore(p.start),
  to: stockDay(p, today),
});

/**
 * The figures kept in `area_rollup` once their last day is over (see rolledUp in the kit), as named there and in
 * the triggers that forget them (migration AreaRollupTriggers1763900008000, which must name the same figures).
 */
export const ROLLED_UP = {
  householdsOn: 'pc.householdsOn',
  householdMoves: 'pc.householdMoves',
  healthInsurance: 'pc.healthInsurance',
  areaBenefits: 'pc.areaBenefits',
} as const;

/**
 * The last day each figure looks at, from its key: a rollup stays valid until a write dated on or before it
 * (the status history up to the day; the movements up to the second day; support inside the period).
 */
export const rollupLastDay = {
  householdsOn: (key: string) => key.split('|')[1]!,
  householdMoves: (key: string) => key.split('|')[2]!,
  // Key `<unit>|<date>|<year>|<through>` (see coverageKept): the status on the day and the cards up to `through`.
  healthInsurance: (key: string) => {
    const [, date, , through] = key.split('|');
    return date! > through! ? date! : through!;
  },
  areaBenefits: (key: string) => parsePeriod(key.split('|')[1]!).end,
};

/** Support by programme kind for every (area, period) asked for: one statement per distinct period. */
async function areaBenefits(dataSource: DataSource, keys: readonly string[]) {
  const byPeriod = new Map<string, string[]>();
  for (const k of keys) {
    const [root, code] = k.split('|') as [string, string];
    byPeriod.set(code, [...(byPeriod.get(code) ?? []), root]);
  }
  const found = new Map<string, PeopleCommitteeBenefitFigures[]>();
  await Promise.all(
    [...byPeriod].map(async ([code, roots]) => {
      const p = parsePeriod(code);
      const rows: (PeopleCommitteeBenefitFigures & { root: string })[] = await dataSource.query(
        `WITH RECURSIVE ${AREA}
         SELECT a.root, g.kind, count(*)::int AS benefits, count(DISTINCT b.household_id)::int AS households,
           sum(b.amount)::bigint AS value
         FROM benefit b JOIN programme g ON g.id = b.programme_id
           JOIN area_household h ON h.id = b.household_id JOIN area_unit a ON a.code = h.unit_code
         WHERE b.date BETWEEN $2 AND $3 GROUP BY a.root, g.kind ORDER BY g.kind`,
        [[...new Set(roots)], p.start, p.end],
      );
      for (const { root, ...r } of rows) {
        const key = `${root}|${code}`;
        found.set(key, [...(found.get(key) ?? []), { ...r, value: Number(r.value) }]);
      }
    }),
  );
  return keys.map((k) => found.get(k) ?? []);
}

/** Health-insurance coverage: people counted, and those of them covered. */
export interface Coverage {
  baseline: number;
  current: number;
}

const poorOrNearPoorPeople = `eligible AS (SELECT p.id, p.household_id, h.unit_code FROM person p
    JOIN area_household h ON h.id = p.household_id JOIN status_then s ON s.household_id = p.household_id
    WHERE s.status IN ('POOR', 'NEAR_POOR'))`;

/** A card of the year ($4) for person `e` of its household, dated within `dates`. */
const cardOf = (
  e: string,
  dates: string,
) => `SELECT 1 FROM benefit b JOIN programme g ON g.id = b.programme_id
    WHERE g.kind = $3 AND b.household_id = ${e}.household_id AND (b.person_id IS NULL OR b.person_id = ${e}.id)
      AND b.date ${dates}`;

/**
 * Keys `<unit>|<date>|<year>|<through>`: people of poor/near-poor households on the date, and those of them with a
 * health-insurance card dated from 1 January of the year through `through` (the year's end, or yesterday while
 * the year runs).
 */
const coverageThrough = (dataSource: DataSource) =>
  byRootAndBatch<Coverage>(
    async (roots, [date, year, through]) => {
      const rows: { root: string; eligible: number; covered: number }[] = await dataSource.query(
        `WITH RECURSIVE ${AREA}, ${statusOn('status_then', '$2')}, ${poorOrNearPoorPeople}
         SELECT a.root, count(*)::int AS eligible,
           count(*) FILTER (WHERE EXISTS (${cardOf('e', 'BETWEEN make_date($4, 1, 1) AND $5::date')}))::int AS covered
         FROM eligible e JOIN area_unit a ON a.code = e.unit_code GROUP BY a.root`,
        [roots, date, ProgrammeKind.HEALTH_INSURANCE, Number(year), through],
      );
      return new Map(rows.map((r) => [r.root, { baseline: r.eligible, current: r.covered }]));
    },
    () => ({ baseline: 0, current: 0 }),
  );

/**
 * Keys `<unit>|<date>|<year>|<from>`: people of poor/near-poor households on the date whose first
 * health-insurance card of the year is dated `from` or later — found from those cards (a day's few), not from
 * the area's people.
 */
function coverageFrom(dataSource: DataSource, keys: readonly string[]) {
  return byRootAndBatch<number>(
    async (roots, [date, year, from]) => {
      const rows: { root: string; added: number }[] = await dataSource.query(
        `WITH RECURSIVE ${areaUnitsCte('administrative_unit')},
         recent AS (SELECT DISTINCT b.household_id, b.person_id, h.unit_code
           FROM benefit b JOIN programme g ON g.id = b.programme_id JOIN household h ON h.id = b.household_id
           WHERE g.kind = $3 AND b.date BETWEEN $5::date AND make_date($4, 12, 31)
             AND h.unit_code IN (SELECT code FROM area_unit)),
         status_then AS (SELECT DISTINCT ON (c.household_id) c.household_id, c.status
           FROM household_status_change c
           WHERE c.household_id IN (SELECT household_id FROM recent) AND c.effective_date <= $2
           ORDER BY c.household_id, c.effective_date DESC, c.created_at DESC),
         added AS (SELECT DISTINCT p.id, r.unit_code FROM recent r
           JOIN person p ON p.household_id = r.household_id AND (r.person_id IS NULL OR r.person_id = p.id)
           JOIN status_then s ON s.household_id = p.household_id
           WHERE s.status IN ('POOR', 'NEAR_POOR')
             AND NOT EXISTS (${cardOf('p', '>= make_date($4, 1, 1) AND b.date < $5::date')}))
         SELECT a.root, count(*)::int AS added FROM added n JOIN area_unit a ON a.code = n.unit_code GROUP BY a.root`,
        [roots, date, ProgrammeKind.HEALTH_INSURANCE, Number(year), from],
      );
      return new Map(rows.map((r) => [r.root, r.added]));
    },
    () => 0,
  )(keys);
}

export function createAreaLoaders(dataSource: DataSource) {
  const rolled = <V>(figure: keyof typeof ROLLED_UP, compute: (keys: readonly string[]) => Promise<V[]>) =>
    rolledUp(dataSource, ROLLED_UP[figure], rollupLastDay[figure], compute);
  const benefits = rolled('areaBenefits', (keys) => areaBenefits(dataSource, keys));
  const coverageKept = rolled('healthInsurance', coverageThrough(dataSource));
  return {
    /** Status counts on a day: key `dayKey(root, day)`. */
    householdsOn: new DataLoader<string, PeopleCommitteeHouseholdCounts>(
      rolled('householdsOn', (keys) => householdsOn(dataSource, keys)),
    ),
    /** Movements between two days: key `movesKey(root, from, to)`. */
    householdMoves: new DataLoader<string, HouseholdMoves>(
      rolled('householdMoves', (keys) => householdMoves(dataSource, keys)),
    ),
    /**
     * People of poor/near-poor households on a day and those among them with a health-insurance card dated in the
     * year (any time in it, also after the day): key `<unit>|<date>|<year>`. While the year runs, the cards up to
     * yesterday are counted with the kept figures and the few dated today or later are added live.
     */
    healthInsurance: new DataLoader<string, Coverage>(async (keys) => {
      const today = todayInVietnam();
      const parts = keys.map((k) => {
        const [unit, date, year] = k.split('|') as [string, string, string];
        const yearEnd = `${year}-12-31`;
        const recent = date < today && today <= yearEnd;
        return { unit, date, year, through: recent ? dayBefore(today) : yearEnd, recent };
      });
      const [kept, added] = await Promise.all([
        coverageKept(parts.map((p) => `${p.unit}|${p.date}|${p.year}|${p.through}`)),
        coverageFrom(
          dataSource,
          parts.filter((p) => p.recent).map((p) => `${p.unit}|${p.date}|${p.year}|${today}`),
        ),
      ]);
      let next = 0;
      return parts.map((p, i) =>
        p.recent ? { baseline: kept[i]!.baseline, current: kept[i]!.current + added[next++]! } : kept[i]!,
      );
    }),
    /** A unit's own targets for a year: key `<unit>|<year>`. */
    targets: byRootAnd(
      async (units, [year]) => {
        const rows = await dataSource
          .getRepository(Target)
          .createQueryBuilder('t')
          .where('t.unit_code = ANY(:units) AND t.year = :year', { units, year: Number(year) })
          .orderBy('t.metric')
          .getMany();
        const found = new Map<string, Target[]>();
        for (const t of rows) found.set(t.unitCode, [...(found.get(t.unitCode) ?? []), t]);
        return found;
      },
      () => [] as Target[],
    ),
    /** Support by programme kind in an area's period (key `areaKey`: `<unit>|<period code>`). */
    areaBenefits: Object.assign(
      new DataLoader<AreaPeriod, PeopleCommitteeBenefitFigures[], string>(
        (areas) => benefits(areas.map(areaKey)),
        {
          cacheKeyFn: areaKey,
        },
      ),
      { empty: () => [] as PeopleCommitteeBenefitFigures[] },
    ) satisfies AreaLoader<PeopleCommitteeBenefitFigures[]>,
    /** Every unit of an area's subtree with its level and validity, for the expected reports. */
    areaUnits: new DataLoader<string, UnitValidity[]>(async (roots) => {
      const rows: (UnitValidity & { root: string })[] = await dataSource.query(
        `WITH RECURSIVE ${areaUnitsCte('administrative_unit')}
         SELECT a.root, u.code, u.level, to_char(u.valid_from, 'YYYY-MM-DD') AS "validFrom",
           to_char(u.valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM area_unit a JOIN administrative_unit u ON u.code = a.code`,
        [[...roots]],
      );
      return roots.map((root) => rows.filter((r) => r.root === root));
    }),
    /** All report obligations (a short list), read once per request. */
    reportObligations: new DataLoader<'all', ReportObligation[]>(async (keys) => {
      const all = await dataSource.getRepository(ReportObligation).find({ order: { section: 'ASC' } });
      return keys.map(() => all);
    }),
  };
}
