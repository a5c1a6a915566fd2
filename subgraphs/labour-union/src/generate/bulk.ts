import {
  CARE_PLAN_GOALS,
  FOR_THE_POOR_VISIT,
  hundredThousands,
  listReference,
  NATIONAL_DAY_GIFT,
  tetOccasion,
} from './vocabulary';
import { CareActivityKind as Care, CareFundingSource as Funding } from '../enums';
import {
  cols,
  ageOn,
  isListed,
  statusOn,
  type GenHousehold,
  type GenPerson,
  type BulkContext,
  addDays,
  minDate,
  pad,
  int,
  pick,
} from '@chung-tay/common/generate';

interface Org {
  id: string;
  code: string;
  parentId: string | null;
  unitCode: string;
  workplace: string | null;
  enterprise: boolean;
}
interface Member {
  id: string;
  person: GenPerson;
  household: GenHousehold;
  org: Org;
  listed: 'POOR' | 'NEAR_POOR' | null;
  left: boolean;
}

/**
 * The province labour federation's tree (industrial-zone and sector unions, a grassroots union per commune with
 * members), members living in generated households (about one in five poor or near-poor households on the list
 * has one), care plans for most listed households with a member, care around Tết and in the For-the-Poor month,
 * a few union houses and the workers' gifts to the fund in each campaign.
 */
export async function generateLabourUnion(ctx: BulkContext): Promise<void> {
  const { register, year, today } = ctx;
  const rng = ctx.rng('labour-union');
  const p = register.province;
  const listDate = `${year - 1}-01-01`;
  const orgs: Org[] = [];
  const addOrg = (
    code: string,
    name: string,
    level: string,
    unitCode: string,
    parent: Org | null,
    extra = {},
  ) => {
    const org: Org = {
      id: ctx.uuid(),
      code,
      parentId: parent?.id ?? null,
      unitCode,
      workplace: null,
      enterprise: false,
      ...extra,
    };
    orgRows.push([org.id, code, name, level, org.parentId, unitCode]);
    orgs.push(org);
    return org;
  };
  const orgRows: unknown[][] = [];
  const federation = addOrg(
    `LDLD-${p}`,
    `Liên đoàn Lao động ${register.provinceName}`,
    'PROVINCE_FEDERATION',
    p,
    null,
  );
  const zones = addOrg(
    `CDKCN-${p}`,
    `Công đoàn các Khu công nghiệp ${register.provinceName}`,
    'INDUSTRIAL_ZONE_UNION',
    p,
    federation,
  );
  const education = addOrg(
    `CDNGD-${p}`,
    `Công đoàn ngành Giáo dục ${register.provinceName}`,
    'SECTOR_UNION',
    p,
    federation,
  );
  const health = addOrg(
    `CDNYT-${p}`,
    `Công đoàn ngành Y tế ${register.provinceName}`,
    'SECTOR_UNION',
    p,
    federation,
  );

  const grassroots = new Map<string, Org>();
  const grassrootsOf = (h: GenHousehold) => {
    let org = grassroots.get(h.unitCode);
    if (org) return org;
    const place = h.unitName.replace(/^(Phường|Xã|Đặc khu) /, '');
    const i = grassroots.size;
    const choice = h.urban
      ? {
          workplace: `${pick(rng, ['Công ty TNHH Giày da', 'Công ty CP Chế biến gỗ', 'Công ty TNHH May mặc', 'Công ty CP Chế biến hạt điều'])} ${place}`,
          parent: zones,
          enterprise: true,
        }
      : [
          { workplace: `Trường Tiểu học ${place}`, parent: education, enterprise: false },
          { workplace: `Trạm Y tế ${h.unitName}`, parent: health, enterprise: false },
          { workplace: `Trường THCS ${place}`, parent: education, enterprise: false },
          { workplace: `Nông trường Cao su ${place}`, parent: federation, enterprise: true },
        ][i % 4]!;
    org = addOrg(
      `CDCS-${h.unitCode}`,
      `Công đoàn cơ sở ${choice.workplace}`,
      'GRASSROOTS_UNION',
      h.unitCode,
      choice.parent,
      {
        workplace: choice.workplace,
        enterprise: choice.enterprise,
      },
    );
    grassroots.set(h.unitCode, org);
    return org;
  };

  const members: Member[] = [];
  const memberRows: unknown[][] = [];
  let serial = 0;
  for (const household of register.households) {
    const then = statusOn(household, listDate)?.status;
    const listed = isListed(then) ? (then as 'POOR' | 'NEAR_POOR') : null;
    if (rng() >= (listed ? 0.22 : 0.05)) continue;
    const adults = household.members.filter(
      (m) => m.nationalId && ageOn(m, listDate) >= 18 && ageOn(m, listDate) <= 58,
    );
    if (!adults.length) continue;
    const person = pick(rng, adults);
    const org = grassrootsOf(household);
    const joined = `${int(rng, Math.max(person.birthYear + 18, 2005), year - 2)}-${pad(int(rng, 1, 12))}-${pad(int(rng, 1, 28))}`;
    // A few members outside the listed households left or paused this year.
    const change = listed ? null : rng() < 0.08 ? pick(rng, ['LEFT', 'SUSPENDED']) : null;
    const statusSince = change ? minDate(today, `${year - 1}-${pad(int(rng, 2, 11))}-01`) : joined;
    const m: Member = { id: ctx.uuid(), person, household, org, listed, left: change === 'LEFT' };
    members.push(m);
    memberRows.push([
      m.id,
      `DV${p}-${household.unitCode}-${pad((serial += 1), 5)}`,
      person.fullName,
      org.id,
      org.unitCode,
      org.workplace,
      joined,
      change ?? 'ACTIVE',
      statusSince,
      person.id,
      household.id,
    ]);
  }

  // Care plans for most listed households with a member (some districts have not drawn theirs up yet).
  const planRows: unknown[][] = [];
  const planned = new Set<string>();
  for (const m of members) {
    if (!m.listed || planned.has(m.household.id) || rng() < 0.12) continue;
    planned.add(m.household.id);
    const closed = !isListed(m.household.status);
    planRows.push([
      ctx.uuid(),
      m.household.id,
      m.org.parentId,
      orgs.find((o) => o.id === m.org.parentId)!.unitCode,
      m.listed,
      listDate,
      listReference(listDate),
      CARE_PLAN_GOALS,
      closed ? 'CLOSED' : 'ACTIVE',
      closed ? minDate(today, `${year - 1}-12-31`) : null,
      closed ? `Hộ đã thoát nghèo, cận nghèo theo kết quả rà soát năm ${year - 1}` : null,
    ]);
  }

  const careRows: unknown[][] = [];
  const care = (
    m: Member,
    org: Org,
    kind: string,
    date: string,
    value: number,
    source: string,
    occasion: string,
    sponsor: string | null = null,
  ) => {
    if (date > today) return;
    careRows.push([
      ctx.uuid(),
      kind,
      date,
      org.id,
      org.unitCode,
      m.id,
      m.household.id,
      value,
      source,
      sponsor,
      occasion,
    ]);
  };
  for (const m of members) {
    if (!m.listed || !planned.has(m.household.id)) continue;
    const upper = orgs.find((o) => o.id === m.org.parentId)!;
    for (const y of [year - 1, year]) {
      if (rng() < 0.8) {
        const sponsored = m.org.enterprise && rng() < 0.35;
        care(
          m,
          m.org,
          Care.TET_GIFT,
          addDays(`${y}-01-10`, int(rng, 0, 17)),
          hundredThousands(rng, 5, 15),
          sponsored ? Funding.SPONSOR : Funding.UNION_FUND,
          tetOccasion(y),
          sponsored ? m.org.workplace : null,
        );
      }
    }
    for (const y of [year - 2, year - 1]) {
      if (rng() < 0.6) {
        care(
          m,
          upper,
          FOR_THE_POOR_VISIT.kind,
          addDays(`${y}-10-17`, int(rng, 0, 32)),
          hundredThousands(rng, 5, 10),
          FOR_THE_POOR_VISIT.fundingSource,
          FOR_THE_POOR_VISIT.occasion(y),
        );
      }
    }
    if (rng() < 0.15)
      care(
        m,
        m.org,
        NATIONAL_DAY_GIFT.kind,
        NATIONAL_DAY_GIFT.date(year - 1),
        NATIONAL_DAY_GIFT.value,
        NATIONAL_DAY_GIFT.fundingSource,
        NATIONAL_DAY_GIFT.occasion(year - 1),
      );
  }

  // "Mái ấm công đoàn": about one in twenty poor members' households, one grant each.
  const houseRows: unknown[][] = [];
  for (const m of members) {
    if (m.listed !== 'POOR' || rng() >= 0.05) continue;
    const build = rng() < 0.6;
    const approved = addDays(`${year - 2}-03-01`, int(rng, 0, 600));
    if (approved > today) continue;
    const completed = addDays(approved, int(rng, 60, 150));
    const status = completed <= today && rng() < 0.85 ? 'COMPLETED' : 'APPROVED';
    houseRows.push([
      ctx.uuid(),
      m.id,
      m.household.id,
      federation.id,
      federation.unitCode,
      build ? 'BUILD' : 'REPAIR',
      build ? int(rng, 40, 70) * 1_000_000 : int(rng, 15, 30) * 1_000_000,
      rng() < 0.6 ? Funding.FOR_THE_POOR_FUND : Funding.UNION_FUND,
      status,
      approved,
      status === 'COMPLETED' ? completed : null,
    ]);
  }

  // Workers' gifts to the fund in each campaign (17 Oct – 18 Nov), every union of the tree.
  const giftRows: unknown[][] = [];
  for (const y of [year - 2, year - 1]) {
    for (const org of orgs) {
      const contributors = org.workplace ? int(rng, 60, 400) : int(rng, 15, 40);
      giftRows.push([
        ctx.uuid(),
        org.id,
        org.unitCode,
        y,
        addDays(`${y}-10-17`, int(rng, 3, 30)),
        contributors,
        contributors * int(rng, 5, 15) * 10_000,
      ]);
    }
  }

  await ctx.insert(
    'union_organisation',
    cols('id:uuid code:text name:text level:text parent_id:uuid unit_code:text'),
    orgRows,
  );
  await ctx.insert(
    'union_member',
    [
      ...cols(
        'id:uuid member_number:text full_name:text union_organisation_id:uuid unit_code:text workplace:text joined_date:date status:text status_since:date person_id:uuid household_id:uuid',
      ),
      { name: 'linked_at', type: 'date', value: (r: readonly unknown[]) => r[6] },
    ],
    memberRows,
  );
  await ctx.insert(
    'care_plan',
    cols(
      'id:uuid household_id:uuid union_organisation_id:uuid unit_code:text listed_status:text listed_date:date list_reference:text goals:text status:text closed_date:date closed_reason:text',
    ),
    planRows,
  );
  await ctx.insert(
    'care_activity',
    cols(
      'id:uuid kind:text date:date union_organisation_id:uuid unit_code:text member_id:uuid household_id:uuid value:bigint funding_source:text sponsor_name:text occasion:text',
    ),
    careRows,
  );
  await ctx.insert(
    'union_house',
    cols(
      'id:uuid member_id:uuid household_id:uuid union_organisation_id:uuid unit_code:text kind:text grant_amount:bigint funding_source:text status:text approved_date:date completed_date:date',
    ),
    houseRows,
  );
  await ctx.insert(
    'fund_gift',
    cols(
      'id:uuid union_organisation_id:uuid unit_code:text campaign_year:int date:date contributors:int amount:bigint',
    ),
    giftRows,
  );
}
