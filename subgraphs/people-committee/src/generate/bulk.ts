import { foldVietnamese } from '@chung-tay/common';
import { classifyHousehold, type StandardLines } from '../assessment/classify';
import { nextHouseholdStatus, poorCategoryFor } from '../assessment/household-status';
import { checkNationalId, makeNationalId } from '../person/national-id';
import {
  FEMALE_GIVEN_NAMES,
  FEMALE_MIDDLE_NAMES,
  MALE_GIVEN_NAMES,
  MALE_MIDDLE_NAMES,
  SURNAMES,
} from './demo-data';
import {
  AreaType,
  Sex,
  type Classification,
  type DeprivationIndicator,
  type HouseholdStatus,
} from '../enums';
import {
  type Commune,
  type GenHousehold,
  type GenPerson,
  type BulkContext,
  type Register,
  type HouseholdStatusCode,
  addDays,
  pad,
  int,
  pick,
  weighted,
  type Rng,
} from '@chung-tay/common/generate';

/** Generated households' codes start so; the generator finds an earlier run by them. */
export const GENERATED_CODE_PREFIX = 'SG-';

const ETHNIC_GROUPS = ['Kinh', 'Hoa', 'Chơ Ro', "S'tiêng", 'Tày', 'Nùng', 'Khmer'];
const ETHNIC_WEIGHTS = [0.8, 0.05, 0.04, 0.04, 0.025, 0.025, 0.02];
const SIZE_WEIGHTS = [0.1, 0.2, 0.22, 0.25, 0.15, 0.08]; // 1 to 6 members
/** At registration: a few per cent poor, a few near-poor, the rest not poor (Đồng Nai's lists run so). */
const INITIAL: HouseholdStatusCode[] = ['POOR', 'NEAR_POOR', 'NOT_POOR'];
const INITIAL_WEIGHTS = [0.055, 0.065, 0.88];
/** Chances that a review lands under the line with ≥ 3 deprivations, under it with fewer, or above it. */
const OUTLOOK: Record<HouseholdStatusCode | 'POOR_B', number[]> = {
  POOR: [0.8, 0.06, 0.14],
  POOR_B: [0.94, 0.03, 0.03],
  NEAR_POOR: [0.05, 0.72, 0.23],
  ESCAPED_POVERTY: [0.05, 0.05, 0.9],
  ESCAPED_NEAR_POVERTY: [0.02, 0.05, 0.93],
  NOT_POOR: [0.004, 0.012, 0.984],
};
const HEALTH_INSURANCE_CARD = 1_263_600;

interface Standard extends StandardLines {
  validFrom: string;
  validTo: string;
}

type Member = { sex: 'MALE' | 'FEMALE'; relationToHead: string; age: number; surname: string };

/** A plausible family: an adult head, often a spouse, then children, a parent or grandchildren. */
function family(rng: Rng, size: number): Member[] {
  const members: Member[] = [];
  const add = (sex: Member['sex'], relationToHead: string, age: number, surname = pick(rng, SURNAMES)) =>
    members.push({ sex, relationToHead, age, surname });
  const headAge = int(rng, 24, 76);
  add(rng() < 0.7 ? 'MALE' : 'FEMALE', 'HEAD', headAge);
  const head = members[0]!;
  if (size > 1 && rng() < 0.8) {
    add(head.sex === 'MALE' ? 'FEMALE' : 'MALE', 'SPOUSE', Math.max(20, headAge + int(rng, -6, 4)));
  }
  const fathers = members.find((m) => m.sex === 'MALE')?.surname ?? head.surname;
  while (members.length < size) {
    const [r, sex] = [rng(), rng() < 0.5 ? ('MALE' as const) : ('FEMALE' as const)];
    if (headAge <= 50 && r < 0.25 && !members.some((m) => m.relationToHead === 'PARENT')) {
      add(sex, 'PARENT', Math.min(95, headAge + int(rng, 22, 32)), sex === 'MALE' ? head.surname : undefined);
    } else if (headAge >= 55 && r < 0.55) {
      add(sex, 'GRANDCHILD', int(rng, 0, Math.min(17, headAge - 42)), fathers);
    } else {
      add(sex, 'CHILD', int(rng, Math.max(0, headAge - 42), headAge - 20), fathers);
    }
  }
  return members;
}

function vietnameseName(rng: Rng, sex: Member['sex'], surname: string): string {
  const male = sex === 'MALE';
  const middle = pick(rng, male ? MALE_MIDDLE_NAMES : FEMALE_MIDDLE_NAMES);
  return `${surname} ${middle} ${pick(rng, male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES)}`;
}

/** Province prefixes of the IDs: people registered in the province, some in the former Bình Phước (70), a few migrants. */
function idPrefixes(province: string): { codes: string[]; weights: number[] } {
  const own = checkNationalId(`0${province}000000000`) === null ? province : '01';
  return own === '75'
    ? { codes: ['75', '70', '38', '40', '52'], weights: [0.8, 0.12, 0.03, 0.03, 0.02] }
    : { codes: [own], weights: [1] };
}

export async function generatePeopleCommittee(
  ctx: BulkContext,
  province: string,
  count: number,
): Promise<Register> {
  const { query, year } = ctx;
  const rng = ctx.rng('people-committee');
  const [unit] = await query(
    `SELECT code, name, uses_poor_categories FROM administrative_unit WHERE code = $1 AND level = 'PROVINCE' AND valid_to IS NULL`,
    [province],
  );
  if (!unit) throw new Error(`--province ${province}: no province in force has that code`);
  const communes: Commune[] = await query(
    `SELECT code, name, kind FROM administrative_unit WHERE parent_code = $1 AND level = 'COMMUNE' AND valid_to IS NULL ORDER BY code`,
    [province],
  );
  const standards: Standard[] = (
    await query(
      `SELECT *, valid_from::text AS valid_from, valid_to::text AS valid_to FROM poverty_standard WHERE province_code IS NULL ORDER BY poverty_standard.valid_from`,
    )
  ).map((s: Record<string, any>) => ({
    code: s.code,
    validFrom: s.valid_from,
    validTo: s.valid_to,
    ruralPovertyLine: Number(s.rural_poverty_line),
    urbanPovertyLine: Number(s.urban_poverty_line),
    ruralMiddleIncomeLine: s.rural_middle_income_line == null ? null : Number(s.rural_middle_income_line),
    urbanMiddleIncomeLine: s.urban_middle_income_line == null ? null : Number(s.urban_middle_income_line),
    indicators: s.indicators,
    minDeprivationsForPoor: s.min_deprivations_for_poor,
  }));
  const standardOn = (date: string) => {
    const s = standards.find((x) => String(x.validFrom) <= date && date <= String(x.validTo));
    if (!s) throw new Error(`no national poverty standard is valid on ${date}`);
    return s;
  };
  const taken = new Set<string>(
    (await query(`SELECT national_id FROM person WHERE national_id IS NOT NULL`)).map(
      (r: { national_id: string }) => r.national_id,
    ),
  );
  const programmes = new Map<string, { id: string; startYear: number; endYear: number }>(
    (await query(`SELECT id, kind, start_year, end_year FROM programme ORDER BY code`)).map((p: any) => [
      p.kind,
      { id: p.id, startYear: p.start_year, endYear: p.end_year },
    ]),
  );

  // Wards hold more households than rural communes; each unit gets its own weight.
  const weights = communes.map((c) => (c.kind === 'WARD' ? 1.5 : 1) * (0.4 + rng() * 1.2));
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative.at(-1)!;
  const communeIndex = () => {
    const r = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  const registered = `${year - 2}-01-01`;
  // Ages are counted at the end of last year, so every birth date lies before today.
  const ageYear = year - 1;
  const reviewYears = [year - 2, year - 1];
  const { codes: prefixCodes, weights: prefixWeights } = idPrefixes(province);
  const serials = new Map<string, number>();
  const nationalIdFor = (birthDate: string, sex: Member['sex']) => {
    for (;;) {
      const prefix = prefixCodes[weighted(rng, prefixWeights)]!;
      const key = `${prefix}${birthDate.slice(0, 4)}${sex}`;
      // Serials from 500000 up: the demo register's IDs stay below.
      const serial = (serials.get(key) ?? 500_000 + int(rng, 0, 999)) + int(rng, 1, 7);
      serials.set(key, serial);
      if (serial > 999_999) throw new Error('too many people born in one year for unique national IDs');
      const id = makeNationalId(prefix, birthDate, Sex[sex], serial);
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  };

  const households: GenHousehold[] = [];
  const perCommune = new Map<string, number>();
  const assessments: any[] = [];
  const changes: any[] = [];
  const benefits: any[] = [];
  for (let n = 0; n < count; n++) {
    const commune = communes[communeIndex()]!;
    const urban = commune.kind === 'WARD';
    const number = (perCommune.get(commune.code) ?? 0) + 1;
    perCommune.set(commune.code, number);
    const id = ctx.uuid();
    let status = INITIAL[weighted(rng, INITIAL_WEIGHTS)]!;
    // Social protection (no working capacity: the old, the disabled) is common among the poor, rare elsewhere.
    const socialProtection = rng() < (status === 'POOR' ? 0.3 : status === 'NEAR_POOR' ? 0.1 : 0.02);
    const ethnicity = ETHNIC_GROUPS[weighted(rng, ETHNIC_WEIGHTS)]!;
    const members: GenPerson[] = family(rng, 1 + weighted(rng, SIZE_WEIGHTS)).map((m) => {
      const birthDate = `${ageYear - m.age}-${pad(int(rng, 1, 12))}-${pad(int(rng, 1, 28))}`;
      return {
        id: ctx.uuid(),
        householdId: id,
        fullName: vietnameseName(rng, m.sex, m.surname),
        birthDate,
        birthYear: Number(birthDate.slice(0, 4)),
        sex: m.sex,
        relationToHead: m.relationToHead,
        // Citizens get an ID card at 14.
        nationalId: m.age >= 14 ? nationalIdFor(birthDate, m.sex) : null,
        ethnicity,
      } as GenPerson & { ethnicity: string };
    });
    let since = registered;
    let category = poorCategoryFor(status as HouseholdStatus, unit.uses_poor_categories, socialProtection) as
      'A' | 'B' | null;
    const history: GenHousehold['history'] = [{ status, effectiveDate: since, poorCategory: category }];
    changes.push([ctx.uuid(), id, status, category, since, 'REGISTRATION', null]);
    for (const reviewYear of reviewYears) {
      const reviewDate = addDays(`${reviewYear}-10-01`, int(rng, 0, 60));
      const standard = standardOn(reviewDate);
      const line = urban ? standard.urbanPovertyLine : standard.ruralPovertyLine;
      const band = weighted(rng, OUTLOOK[status === 'POOR' && socialProtection ? 'POOR_B' : status]);
      const factor = band === 2 ? 1.03 + rng() * 1.6 : 0.45 + rng() * 0.53;
      const pool = [...standard.indicators];
      const chosen = new Set(
        Array.from(
          { length: band === 0 ? int(rng, 3, 6) : int(rng, 0, 2) },
          () => pool.splice(int(rng, 0, pool.length - 1), 1)[0],
        ),
      );
      const deprivations = standard.indicators.filter((d) => chosen.has(d)) as DeprivationIndicator[];
      const income = Math.round((line * factor) / 10_000) * 10_000;
      const { classification, deprivationCount } = classifyHousehold(
        standard,
        urban ? AreaType.URBAN : AreaType.RURAL,
        income,
        deprivations,
      );
      const resulting = nextHouseholdStatus(
        { status: status as HouseholdStatus, since },
        classification as Classification,
        reviewDate,
      ) as HouseholdStatusCode;
      const resultingCategory = poorCategoryFor(
        resulting as HouseholdStatus,
        unit.uses_poor_categories,
        socialProtection,
      ) as 'A' | 'B' | null;
      const assessmentId = ctx.uuid();
      assessments.push([
        assessmentId,
        id,
        reviewYear,
        reviewDate,
        income,
        deprivations,
        deprivationCount,
        standard.code,
        classification,
        resulting,
        resultingCategory,
      ]);
      if (resulting !== status || resultingCategory !== category) {
        if (resulting !== status) since = reviewDate;
        [status, category] = [resulting, resultingCategory];
        history.push({ status, effectiveDate: reviewDate, poorCategory: category });
        changes.push([ctx.uuid(), id, status, category, reviewDate, 'PERIODIC_REVIEW', assessmentId]);
      }
    }
    const household: GenHousehold & { address: string } = {
      id,
      code: `${GENERATED_CODE_PREFIX}${commune.code}-${pad(number, 6)}`,
      unitCode: commune.code,
      unitName: commune.name,
      urban,
      status,
      statusSince: since,
      poorCategory: category,
      socialProtection,
      members,
      history,
      address: `Số ${int(rng, 1, 450)}, ${urban ? 'khu phố' : 'ấp'} ${int(rng, 1, 12)}`,
    };
    households.push(household);

    // Support the state gave last year to the households poor or near-poor at its start.
    const lastYear = year - 1;
    const atStart = history.filter((h) => h.effectiveDate <= `${lastYear}-01-01`).at(-1)!.status;
    const give = (
      kind: string,
      personId: string | null,
      amount: number,
      from: string,
      days: number,
      note: string,
    ) => {
      const programme = programmes.get(kind);
      if (!programme || programme.startYear > lastYear || programme.endYear < lastYear) return;
      benefits.push([ctx.uuid(), programme.id, id, personId, addDays(from, int(rng, 0, days)), amount, note]);
    };
    if (atStart === 'POOR' || atStart === 'NEAR_POOR') {
      for (const p of members) {
        if (rng() < 0.9) {
          give(
            'HEALTH_INSURANCE',
            p.id,
            HEALTH_INSURANCE_CARD,
            `${lastYear}-01-02`,
            45,
            `Thẻ BHYT năm ${lastYear}`,
          );
        }
        const age = lastYear - p.birthYear;
        const child = p.relationToHead === 'CHILD' || p.relationToHead === 'GRANDCHILD';
        if (atStart === 'POOR' && child && age >= 11 && age <= 17 && rng() < 0.8) {
          give(
            'TUITION',
            p.id,
            age >= 15 ? 1_800_000 : 1_350_000,
            `${lastYear}-02-10`,
            20,
            'Miễn học phí học kỳ II',
          );
        }
      }
      if (atStart === 'POOR' && rng() < 0.7) {
        give('ELECTRICITY', null, 12 * 46_000, `${lastYear}-12-01`, 14, `Hỗ trợ tiền điện năm ${lastYear}`);
      }
    }
  }

  type H = GenHousehold & { address: string };
  await ctx.insert<H>(
    'household',
    [
      { name: 'id', type: 'uuid', value: (h) => h.id },
      { name: 'code', type: 'text', value: (h) => h.code },
      { name: 'unit_code', type: 'text', value: (h) => h.unitCode },
      { name: 'address', type: 'text', value: (h) => h.address },
      { name: 'area_type', type: 'text', value: (h) => (h.urban ? 'URBAN' : 'RURAL') },
      { name: 'status', type: 'text', value: (h) => h.status },
      { name: 'status_since', type: 'date', value: (h) => h.statusSince },
      { name: 'poor_category', type: 'text', value: (h) => h.poorCategory },
      { name: 'social_protection', type: 'bool', value: (h) => h.socialProtection },
    ],
    households as H[],
  );
  type P = GenPerson & { ethnicity: string };
  await ctx.insert<P>(
    'person',
    [
      { name: 'id', type: 'uuid', value: (p) => p.id },
      { name: 'household_id', type: 'uuid', value: (p) => p.householdId },
      { name: 'full_name', type: 'text', value: (p) => p.fullName },
      { name: 'name_search', type: 'text', value: (p) => foldVietnamese(p.fullName) },
      { name: 'birth_date', type: 'date', value: (p) => p.birthDate },
      { name: 'sex', type: 'text', value: (p) => p.sex },
      { name: 'relation_to_head', type: 'text', value: (p) => p.relationToHead },
      { name: 'national_id', type: 'text', value: (p) => p.nationalId },
      { name: 'ethnicity', type: 'text', value: (p) => p.ethnicity },
    ],
    households.flatMap((h) => h.members) as P[],
  );
  // The head's foreign key is deferred to commit; heads are set once their people exist.
  await query(`UPDATE household h SET head_person_id = p.id FROM person p
    WHERE p.household_id = h.id AND p.relation_to_head = 'HEAD' AND h.head_person_id IS NULL`);
  const col = (name: string, type: any, i: number) => ({ name, type, value: (r: any[]) => r[i] });
  await ctx.insert(
    'assessment',
    [
      col('id', 'uuid', 0),
      col('household_id', 'uuid', 1),
      { name: 'review_kind', type: 'text', value: () => 'PERIODIC' },
      col('review_year', 'int', 2),
      col('review_date', 'date', 3),
      col('income_per_person_month', 'bigint', 4),
      col('deprivations', 'text[]', 5),
      col('deprivation_count', 'int', 6),
      col('standard_code', 'text', 7),
      col('classification', 'text', 8),
      col('resulting_status', 'text', 9),
      col('poor_category', 'text', 10),
    ],
    assessments,
  );
  await ctx.insert(
    'household_status_change',
    ['id', 'household_id', 'status', 'poor_category', 'effective_date', 'reason', 'assessment_id'].map(
      (n, i) => col(n, ['uuid', 'uuid', 'text', 'text', 'date', 'text', 'uuid'][i], i),
    ),
    changes,
  );
  await ctx.insert(
    'benefit',
    ['id', 'programme_id', 'household_id', 'person_id', 'date', 'amount', 'note'].map((n, i) =>
      col(n, ['uuid', 'uuid', 'uuid', 'uuid', 'date', 'bigint', 'text'][i], i),
    ),
    benefits,
  );
  return { province, provinceName: unit.name, communes, households };
}
