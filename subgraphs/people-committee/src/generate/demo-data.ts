import { randomUUID } from 'node:crypto';
import { foldVietnamese, mulberry32, ReportSection, type DemoDataOptions, type Rng } from '@chung-tay/common';
import { DEFAULT_DEMO_PROVINCE } from '@chung-tay/common/generate';
import { IsNull, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AdministrativeUnit, areaTypeOf } from '../administrative-unit/administrative-unit.entity';
import { Assessment } from '../assessment/assessment.entity';
import { classifyHousehold } from '../assessment/classify';
import { nextHouseholdStatus, poorCategoryFor } from '../assessment/household-status';
import {
  AreaType,
  HouseholdStatus as S,
  Organisation,
  ProgrammeKind as K,
  RelationToHead as R,
  ReportSchedule,
  ReviewKind,
  Sex,
  StatusChangeReason,
  TargetMetric,
  UnitKind,
  UnitLevel,
} from '../enums';
import { HouseholdStatusChange } from '../household/household-status-change.entity';
import { Household } from '../household/household.entity';
import { makeNationalId } from '../person/national-id';
import { Person } from '../person/person.entity';
import { PovertyStandard } from '../poverty-standard/poverty-standard.entity';
import { Benefit } from '../programme/benefit.entity';
import { Programme } from '../programme/programme.entity';
import { Target } from '../programme/target.entity';
import { ReportObligation } from '../report-obligation/report-obligation.entity';

const words = (text: string) => text.split(' ');
export const SURNAMES = words('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý');
export const MALE_MIDDLE_NAMES = words('Văn Hữu Đức Minh Quốc Thanh');
export const FEMALE_MIDDLE_NAMES = words('Thị Ngọc Thu Kim Mỹ');
export const MALE_GIVEN_NAMES = words('Hùng Dũng Tuấn Nam Long Hải Sơn Phúc Khang Bảo Tài Thắng Lợi Tâm');
export const FEMALE_GIVEN_NAMES = words(
  'Lan Mai Hoa Hương Hạnh Thảo Trang Linh Nhung Yến Loan Hằng Dung Vân',
);

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
/** Index drawn with the given weights (they sum to 1). */
function weighted(rng: Rng, weights: readonly number[]): number {
  let r = rng();
  const i = weights.findIndex((w) => (r -= w) < 0);
  return i < 0 ? weights.length - 1 : i;
}
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Surname first, then a middle name that marks the sex (never "Văn" for a woman), then the given name. */
export function vietnameseName(rng: Rng, sex: Sex, surname = pick(rng, SURNAMES)): string {
  const male = sex === Sex.MALE;
  const middle = pick(rng, male ? MALE_MIDDLE_NAMES : FEMALE_MIDDLE_NAMES);
  return `${surname} ${middle} ${pick(rng, male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES)}`;
}

const SEED = 752022;
const ETHNIC_GROUPS = ['Kinh', 'Hoa', 'Chơ Ro', "S'tiêng", 'Tày', 'Nùng', 'Khmer'];
const ETHNIC_WEIGHTS = [0.8, 0.05, 0.04, 0.04, 0.025, 0.025, 0.02];
const SIZE_WEIGHTS = [0.1, 0.2, 0.22, 0.25, 0.15, 0.08]; // 1 to 6 members
const INITIAL = [S.POOR, S.NEAR_POOR, S.NOT_POOR];
const INITIAL_WEIGHTS = [0.3, 0.25, 0.45];
/**
 * Chances that a review lands under the line with ≥ 3 deprivations, under it with fewer, or above it, by the
 * status before: poor households mostly stay poor, about one in seven a year climbs out, a few fall back.
 * Poor households under social protection (category B) have no working capacity, so they rarely escape.
 */
const OUTLOOK: Record<S | 'POOR_B', number[]> = {
  POOR: [0.83, 0.05, 0.12],
  POOR_B: [0.94, 0.03, 0.03],
  NEAR_POOR: [0.06, 0.74, 0.2],
  ESCAPED_POVERTY: [0.05, 0.05, 0.9],
  ESCAPED_NEAR_POVERTY: [0.02, 0.05, 0.93],
  NOT_POOR: [0.02, 0.04, 0.94],
};
const PROGRAMMES: [K, string, number, number, number][] = [
  [K.HEALTH_INSURANCE, 'BHYT-HN-CN', 2022, 2030, 12_000_000_000],
  [K.TUITION, 'MGHP-HN-2022', 2022, 2026, 1_850_000_000],
  [K.ELECTRICITY, 'HTTD-HN-2022', 2022, 2026, 960_000_000],
  [K.VOCATIONAL_TRAINING, 'DTN-LDNT-2024', 2024, 2027, 1_200_000_000],
  [K.LIVELIHOOD_MODEL, 'SK-BO-SS-2026', 2026, 2030, 383_000_000],
  [K.NATIONAL_TARGET_PROGRAMME_PROJECT, 'CTMTQG-GNBV-DA2', 2021, 2025, 4_500_000_000],
];
const PROGRAMME_NAMES: Partial<Record<K, string>> = {
  [K.HEALTH_INSURANCE]: 'Hỗ trợ mua thẻ bảo hiểm y tế cho người thuộc hộ nghèo, hộ cận nghèo',
  [K.TUITION]: 'Miễn học phí cho học sinh thuộc hộ nghèo',
  [K.ELECTRICITY]: 'Hỗ trợ tiền điện cho hộ nghèo và hộ chính sách xã hội',
  [K.VOCATIONAL_TRAINING]: 'Đào tạo nghề cho lao động nông thôn thuộc hộ nghèo, hộ cận nghèo',
  [K.LIVELIHOOD_MODEL]: 'Mô hình nuôi bò sinh sản hỗ trợ sinh kế cho hộ nghèo',
  [K.NATIONAL_TARGET_PROGRAMME_PROJECT]:
    'Dự án 2 – Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo (CTMTQG giảm nghèo bền vững 2021–2025)',
};
// The state pays the card for these households: 4.5 % of the 2,340,000 đồng base salary for 12 months.
const HEALTH_INSURANCE_CARD = 1_263_600;
const BENEFIT_TERMS: Partial<Record<K, { from: string; days: number; note: string }>> = {
  [K.HEALTH_INSURANCE]: { from: '2025-01-02', days: 45, note: 'Thẻ BHYT năm 2025' },
  [K.TUITION]: { from: '2025-02-10', days: 20, note: 'Miễn học phí học kỳ II năm học 2024–2025' },
  [K.ELECTRICITY]: { from: '2025-12-01', days: 14, note: 'Hỗ trợ tiền điện năm 2025 (46.000 đồng/tháng)' },
};
const TARGETS: [TargetMetric, number][] = [
  [TargetMetric.POOR_A_HOUSEHOLD_REDUCTION, 35],
  [TargetMetric.NEAR_POOR_HOUSEHOLD_REDUCTION, 35],
  [TargetMetric.HEALTH_INSURANCE_COVERAGE, 100],
];

// Ages are counted in 2024, so every birth date falls before 2025.
type Member = { sex: Sex; relationToHead: R; age: number; surname: string };

/** A plausible household: an adult head, often a spouse, then children, a parent or grandchildren. */
function family(rng: Rng, size: number): Member[] {
  const members: Member[] = [];
  const add = (sex: Sex, relationToHead: R, age: number, surname = pick(rng, SURNAMES)) =>
    members.push({ sex, relationToHead, age, surname });
  const headAge = int(rng, 24, 76);
  add(rng() < 0.7 ? Sex.MALE : Sex.FEMALE, R.HEAD, headAge);
  const head = members[0]!;
  const spouseSex = head.sex === Sex.MALE ? Sex.FEMALE : Sex.MALE;
  if (size > 1 && rng() < 0.8) add(spouseSex, R.SPOUSE, Math.max(20, headAge + int(rng, -6, 4)));
  // Children carry their father's surname, as does the head's own father.
  const fathers = members.find((m) => m.sex === Sex.MALE)?.surname ?? head.surname;
  while (members.length < size) {
    const [r, sex] = [rng(), rng() < 0.5 ? Sex.MALE : Sex.FEMALE];
    if (headAge <= 50 && r < 0.25 && !members.some((m) => m.relationToHead === R.PARENT)) {
      const surname = sex === Sex.MALE ? head.surname : undefined;
      add(sex, R.PARENT, Math.min(95, headAge + int(rng, 22, 32)), surname);
    } else if (headAge >= 55 && r < 0.55) {
      add(sex, R.GRANDCHILD, int(rng, 0, Math.min(17, headAge - 42)), fathers);
    } else {
      add(sex, R.CHILD, int(rng, Math.max(0, headAge - 42), headAge - 20), fathers);
    }
  }
  return members;
}

/** Income and deprivations at one review, drawn where the household's previous status makes it likely to be. */
function drawReview(rng: Rng, standard: PovertyStandard, line: number, outlook: readonly number[]) {
  const band = weighted(rng, outlook);
  // Incomes keep clear of the line, so the band alone decides which side of it a household is on.
  const factor = band === 2 ? 1.03 + rng() * 1.2 : 0.45 + rng() * 0.53;
  const pool = [...standard.indicators];
  const count = band === 0 ? int(rng, 3, 6) : int(rng, 0, 2);
  const chosen = Array.from({ length: count }, () => pool.splice(int(rng, 0, pool.length - 1), 1)[0]);
  const income = Math.round((line * factor) / 10_000) * 10_000;
  return { income, deprivations: standard.indicators.filter((d) => chosen.includes(d)) };
}

async function insertAll(em: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]) {
  for (let i = 0; i < rows.length; i += 500) await em.insert(entity, rows.slice(i, i + 500));
}

// birthYear is derived from birthDate, not a column.
type Row<T> = Omit<T, 'createdAt' | 'birthYear'>;

/** Fills an empty People's Committee register with Đồng Nai households and two years of reviews. */
export async function seedDemoData(
  dataSource: DataSource,
  { province }: DemoDataOptions = { province: DEFAULT_DEMO_PROVINCE },
): Promise<void> {
  await dataSource.transaction(async (em) => {
    // Two processes starting together must not both find the register empty and seed it twice.
    await em.query('LOCK TABLE household IN EXCLUSIVE MODE');
    if (await em.exists(Household)) return;
    const rng = mulberry32(SEED);
    const standard = await em.findOneByOrFail(PovertyStandard, { code: 'VN-2022-2025' });
    const provinceUnit = await em.findOneBy(AdministrativeUnit, {
      code: province,
      level: UnitLevel.PROVINCE,
      validTo: IsNull(),
    });
    if (!provinceUnit) throw new Error(`demo data: no province ${province} in force in the unit register`);
    const { usesPoorCategories } = provinceUnit;
    const communes = await em.find(AdministrativeUnit, {
      where: { level: UnitLevel.COMMUNE, parentCode: province, validTo: IsNull() },
      order: { code: 'ASC' },
    });
    const units = [UnitKind.WARD, UnitKind.COMMUNE].flatMap((kind) => {
      const ofKind = communes.filter((u) => u.kind === kind);
      return [0, 1, 2, 3].map((i) => ofKind[Math.floor((i * ofKind.length) / 4)]!);
    });

    const households: Row<Household>[] = [];
    const people: Row<Person>[] = [];
    const assessments: Row<Assessment>[] = [];
    const changes: Row<HouseholdStatusChange>[] = [];
    const statusEnd2024 = new Map<string, S>();
    let serial = 1000;
    for (const unit of units) {
      const areaType = areaTypeOf(unit.kind)!;
      const line = areaType === AreaType.URBAN ? standard.urbanPovertyLine : standard.ruralPovertyLine;
      for (let n = 1, count = int(rng, 36, 44); n <= count; n++) {
        const householdId = randomUUID();
        const socialProtection = rng() < 0.12;
        const ethnicity = ETHNIC_GROUPS[weighted(rng, ETHNIC_WEIGHTS)]!;
        for (const { sex, relationToHead, age, surname } of family(rng, 1 + weighted(rng, SIZE_WEIGHTS))) {
          const birthDate = `${2024 - age}-${pad(int(rng, 1, 12))}-${pad(int(rng, 1, 28))}`;
          const fullName = vietnameseName(rng, sex, surname);
          // Citizens get an ID card at 14; a rising serial keeps every ID unique.
          const nationalId =
            age >= 14 ? makeNationalId(province, birthDate, sex, (serial += int(rng, 1, 40))) : null;
          const nameSearch = foldVietnamese(fullName);
          people.push({
            id: randomUUID(),
            householdId,
            fullName,
            nameSearch,
            birthDate,
            sex,
            relationToHead,
            nationalId,
            ethnicity,
          });
        }
        let status = INITIAL[weighted(rng, INITIAL_WEIGHTS)]!;
        let since = '2022-01-01';
        let poorCategory = poorCategoryFor(status, usesPoorCategories, socialProtection);
        const change = (effectiveDate: string, reason: StatusChangeReason, assessmentId: string | null) =>
          changes.push({
            id: randomUUID(),
            householdId,
            status,
            poorCategory,
            effectiveDate,
            reason,
            assessmentId,
          });
        change(since, StatusChangeReason.REGISTRATION, null);
        // Communes hold the yearly review in October and November, inside the legal 1 Sep – 14 Dec window.
        for (const year of [2024, 2025]) {
          const reviewDate = addDays(`${year}-10-01`, int(rng, 0, 60));
          const outlook = OUTLOOK[status === S.POOR && socialProtection ? 'POOR_B' : status];
          const { income, deprivations } = drawReview(rng, standard, line, outlook);
          const classified = classifyHousehold(standard, areaType, income, deprivations);
          const { classification, deprivationCount } = classified;
          const resultingStatus = nextHouseholdStatus({ status, since }, classification, reviewDate);
          const category = poorCategoryFor(resultingStatus, usesPoorCategories, socialProtection);
          const id = randomUUID();
          assessments.push({
            id,
            householdId,
            reviewKind: ReviewKind.PERIODIC,
            reviewYear: year,
            reviewDate,
            incomePerPersonMonth: income,
            deprivations,
            deprivationCount,
            standardCode: standard.code,
            classification,
            resultingStatus,
            poorCategory: category,
          });
          if (resultingStatus !== status || category !== poorCategory) {
            if (resultingStatus !== status) since = reviewDate;
            [status, poorCategory] = [resultingStatus, category];
            change(reviewDate, StatusChangeReason.PERIODIC_REVIEW, id);
          }
          if (year === 2024) statusEnd2024.set(householdId, status);
        }
        households.push({
          id: householdId,
          code: `DN-${unit.code}-${pad(n, 4)}`,
          unitCode: unit.code,
          address: `Số ${int(rng, 1, 250)}, ${unit.kind === UnitKind.WARD ? 'khu phố' : 'ấp'} ${int(rng, 1, 9)}`,
          areaType,
          headPersonId: null,
          status,
          statusSince: since,
          poorCategory,
          socialProtection,
          version: 1,
        });
      }
    }

    const owner = Organisation.PEOPLE_COMMITTEE;
    const programmes: Programme[] = PROGRAMMES.map(([kind, code, startYear, endYear, budget]) => {
      return {
        id: randomUUID(),
        code,
        name: PROGRAMME_NAMES[kind]!,
        kind,
        ownerOrganisation: owner,
        startYear,
        endYear,
        budget,
      };
    });
    const benefits: Row<Benefit>[] = [];
    const give = (kind: K, householdId: string, personId: string | null, amount: number) => {
      const { from, days, note } = BENEFIT_TERMS[kind]!;
      const programmeId = programmes.find((p) => p.kind === kind)!.id;
      const date = addDays(from, int(rng, 0, days));
      benefits.push({ id: randomUUID(), programmeId, householdId, personId, date, amount, note });
    };
    for (const p of people) {
      const before = statusEnd2024.get(p.householdId);
      if ((before === S.POOR || before === S.NEAR_POOR) && rng() < 0.9) {
        give(K.HEALTH_INSURANCE, p.householdId, p.id, HEALTH_INSURANCE_CARD);
      }
      // Primary school is free by law, so the exemption matters from lower secondary (age 11) up.
      const age = 2024 - Number(p.birthDate.slice(0, 4));
      const child = p.relationToHead === R.CHILD || p.relationToHead === R.GRANDCHILD;
      if (before === S.POOR && child && age >= 11 && age <= 17 && rng() < 0.8) {
        give(K.TUITION, p.householdId, p.id, age >= 15 ? 1_800_000 : 1_350_000);
      }
    }
    for (const h of households) {
      if (statusEnd2024.get(h.id) === S.POOR && rng() < 0.7) give(K.ELECTRICITY, h.id, null, 12 * 46_000);
    }
    const targets: Target[] = [2025, 2026].flatMap((year) =>
      TARGETS.map(([metric, targetPercent]) => ({
        id: randomUUID(),
        unitCode: province,
        year,
        metric,
        targetPercent,
      })),
    );

    await insertAll(em, Household, households);
    await insertAll(em, Person, people);
    // The head FK is checked only at commit, so heads are set once their people exist.
    await em.query(`UPDATE household h SET head_person_id = p.id FROM person p
      WHERE p.household_id = h.id AND p.relation_to_head = 'HEAD' AND h.head_person_id IS NULL`);
    await insertAll(em, Assessment, assessments);
    await insertAll(em, HouseholdStatusChange, changes);
    await insertAll(em, Programme, programmes);
    await insertAll(em, Benefit, benefits);
    await insertAll(em, Target, targets);
    await insertAll(
      em,
      ReportObligation,
      demoObligations(province).map((o) => ({ ...o, id: randomUUID() })),
    );
  });
}

/**
 * What the province asks of each organisation from 2026: communes report poverty reduction quarterly; the
 * organisations' provincial bodies report their sections quarterly (the Women's Union at 3, 6, 9 months and the
 * year), and the union's fund report is due by 30 Nov (seed 001). Due on the 5th after the period otherwise.
 */
const demoObligations = (province: string): Omit<ReportObligation, 'id'>[] =>
  (
    [
      [ReportSection.POVERTY_REDUCTION, UnitLevel.COMMUNE, ReportSchedule.QUARTERLY, 5, null],
      [ReportSection.UNION_CARE, UnitLevel.PROVINCE, ReportSchedule.QUARTERLY, 5, null],
      [ReportSection.UNION_FUND, UnitLevel.PROVINCE, ReportSchedule.YEARLY, 30, 11],
      [ReportSection.WOMENS_UNION_PROGRESS, UnitLevel.PROVINCE, ReportSchedule.CUMULATIVE, 5, null],
      [ReportSection.FRONT_FUND_AND_SPONSORSHIP, UnitLevel.PROVINCE, ReportSchedule.QUARTERLY, 5, null],
      [ReportSection.LENDER_PORTFOLIO, UnitLevel.PROVINCE, ReportSchedule.QUARTERLY, 5, null],
    ] as const
  ).map(([section, unitLevel, schedule, dueDay, dueMonth]) => ({
    section,
    scopeUnitCode: province,
    unitLevel,
    schedule,
    dueDay,
    dueMonth,
    firstYear: 2026,
    lastYear: null,
    definedBy: 'demo',
    createdAt: new Date(),
  }));
