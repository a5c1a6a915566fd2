import { WomensUnionSupportKind as Support } from '../enums';
import { SUPPORT_NOTES } from './vocabulary';
import { foldVietnamese } from '@chung-tay/common';
import {
  cols,
  ageOn,
  isListed,
  statusOn,
  type GenHousehold,
  type GenPerson,
  type BulkContext,
  addDays,
  maxDate,
  pad,
  int,
  pick,
} from '@chung-tay/common/generate';

interface Member {
  id: string;
  person: GenPerson;
  household: GenHousehold;
  joinedOn: string;
}

/** Each kind of support with its value range in millions of đồng. */
const SUPPORT: [Support, number, number][] = [
  [Support.STARTUP_TRAINING, 1, 3],
  [Support.VOCATIONAL_TRAINING, 2, 5],
  [Support.SCHOLARSHIP, 1, 3],
  [Support.LIVELIHOOD_GIFT, 3, 10],
  [Support.HOUSE, 20, 50],
];

/**
 * The province's Women's Union: the province chapter and a chapter per commune, members (women of the
 * households, more often in poor and near-poor ones), each chapter's "5 không 3 sạch" pledge for last year and
 * this one naming up to ten poor or near-poor households with last year's review, support given, and
 * savings-and-loan groups (VBSP) of the members in poor and near-poor households.
 */
export async function generateWomensUnion(
  ctx: BulkContext,
): Promise<Map<string, { groupId: string; formedOn: string }>> {
  const { register, year, today } = ctx;
  const rng = ctx.rng('womens-union');
  const p = register.province;
  const chapterRows: unknown[][] = [];
  const rootId = ctx.uuid();
  chapterRows.push([
    rootId,
    `Hội Liên hiệp Phụ nữ ${register.provinceName}`,
    'PROVINCE',
    p,
    null,
    `/${rootId}/`,
    '1930-10-20',
  ]);
  const chapters = new Map<string, { id: string; formedOn: string }>();
  for (const c of register.communes) {
    const id = ctx.uuid();
    // The 2025 communes' chapters were formed with the communes.
    const formedOn = '2025-07-01' < today ? '2025-07-01' : `${year - 3}-01-01`;
    chapters.set(c.code, { id, formedOn });
    chapterRows.push([
      id,
      `Hội Liên hiệp Phụ nữ ${c.name}`,
      'COMMUNE',
      c.code,
      rootId,
      `/${rootId}/${id}/`,
      formedOn,
    ]);
  }

  const members: Member[] = [];
  const memberRows: unknown[][] = [];
  const byHousehold = new Map<string, Member[]>();
  let card = 0;
  for (const h of register.households) {
    const listed = isListed(h.status) || isListed(statusOn(h, `${year - 1}-01-01`)?.status);
    for (const person of h.members) {
      if (person.sex !== 'FEMALE' || ageOn(person, `${year - 2}-01-01`) < 18) continue;
      if (rng() >= (listed ? 0.45 : 0.12)) continue;
      const joinedOn = `${int(rng, Math.max(person.birthYear + 18, 2000), year - 3)}-${pad(int(rng, 1, 12))}-${pad(int(rng, 1, 28))}`;
      const m: Member = { id: ctx.uuid(), person, household: h, joinedOn };
      members.push(m);
      byHousehold.set(h.id, [...(byHousehold.get(h.id) ?? []), m]);
      memberRows.push([
        m.id,
        chapters.get(h.unitCode)!.id,
        h.unitCode,
        person.id,
        h.id,
        person.fullName,
        foldVietnamese(person.fullName),
        rng() < 0.8 ? `HV${p}-${pad((card += 1), 7)}` : null,
        rng() < 0.6 ? `09${pad(int(rng, 0, 99_999_999), 8)}` : null,
        joinedOn,
      ]);
    }
  }

  // Pledges: each commune chapter with poor or near-poor households helps up to ten of them a year.
  const pledgeRows: unknown[][] = [];
  const pledgedRows: unknown[][] = [];
  const reviewRows: unknown[][] = [];
  const byCommune = new Map<string, GenHousehold[]>();
  for (const h of register.households) byCommune.set(h.unitCode, [...(byCommune.get(h.unitCode) ?? []), h]);
  for (const pledgeYear of [year - 1, year]) {
    const pledgedOn = `${pledgeYear - 1}-12-${pad(int(rng, 5, 28))}`;
    if (pledgedOn > today) continue;
    for (const [code, households] of byCommune) {
      const candidates = households.filter((h) => isListed(statusOn(h, pledgedOn)?.status));
      if (!candidates.length) continue;
      const pledgeId = ctx.uuid();
      pledgeRows.push([pledgeId, chapters.get(code)!.id, code, pledgeYear, 10, pledgedOn]);
      const chosen = candidates.filter(() => rng() < 0.7).slice(0, 10);
      for (const h of chosen) {
        const pledgedId = ctx.uuid();
        pledgedRows.push([
          pledgedId,
          pledgeId,
          h.id,
          pledgeYear,
          code,
          statusOn(h, pledgedOn)!.status,
          pledgedOn,
        ]);
        // The year-end review of last year's pledge; this year's comes in December.
        const reviewDate = `${pledgeYear}-12-${pad(int(rng, 1, 15))}`;
        if (reviewDate > today) continue;
        const ok = (p: number) => rng() < p;
        reviewRows.push([
          ctx.uuid(),
          pledgedId,
          pledgeId,
          h.id,
          pledgeYear,
          code,
          reviewDate,
          !isListed(h.status) || ok(0.2),
          ok(0.97),
          ok(0.95),
          ok(0.93),
          ok(0.9),
          ok(0.8),
          ok(0.75),
          ok(0.7),
        ]);
      }
    }
  }

  // Support to poor and near-poor households with a member, or any listed household now and then.
  const supportRows: unknown[][] = [];
  for (const h of register.households) {
    if (!isListed(h.status) || rng() >= (byHousehold.has(h.id) ? 0.35 : 0.08)) continue;
    const [kind, min, max] = pick(rng, SUPPORT);
    const note = SUPPORT_NOTES[kind];
    const chapter = chapters.get(h.unitCode)!;
    const date = maxDate(chapter.formedOn, addDays(`${year - 1}-02-01`, int(rng, 0, 500)));
    if (date > today) continue;
    const child = h.members.find((m) => m.relationToHead === 'CHILD' || m.relationToHead === 'GRANDCHILD');
    const personId =
      kind === Support.SCHOLARSHIP ? (child?.id ?? null) : (byHousehold.get(h.id)?.[0]?.person.id ?? null);
    supportRows.push([
      ctx.uuid(),
      chapters.get(h.unitCode)!.id,
      h.unitCode,
      kind,
      h.id,
      personId,
      date,
      int(rng, min, max) * 1_000_000,
      note,
    ]);
  }

  // Savings-and-loan groups of the policy bank: members in poor and near-poor households, up to 40 a group.
  const groupRows: unknown[][] = [];
  const groupMemberRows: unknown[][] = [];
  const groupOf = new Map<string, { groupId: string; formedOn: string }>();
  const poorMembers = new Map<string, Member[]>();
  for (const m of members) {
    if (isListed(statusOn(m.household, `${year - 2}-03-01`)?.status)) {
      poorMembers.set(m.household.unitCode, [...(poorMembers.get(m.household.unitCode) ?? []), m]);
    }
  }
  for (const [code, pool] of poorMembers) {
    if (pool.length < 5) continue;
    for (let g = 0; g * 40 < pool.length; g++) {
      const group = pool.slice(g * 40, g * 40 + 40);
      if (group.length < 5) break;
      const groupId = ctx.uuid();
      const formedOn = `${year - 2}-03-${pad(int(rng, 1, 28))}`;
      const place = register.communes.find((c) => c.code === code)!.kind === 'WARD' ? 'khu phố' : 'ấp';
      groupRows.push([
        groupId,
        chapters.get(code)!.id,
        code,
        `Tổ TK&VV ${place} ${g + 1}`,
        'VBSP',
        group[0]!.id,
        'MONTHLY',
        int(rng, 1, 28),
        formedOn,
        'ACTIVE',
        formedOn,
      ]);
      for (const m of group) {
        groupMemberRows.push([ctx.uuid(), groupId, m.id, 'VBSP', formedOn]);
        groupOf.set(m.person.id, { groupId, formedOn });
      }
    }
  }

  await ctx.insert(
    'chapter',
    cols('id:uuid name:text level:text unit_code:text parent_id:uuid path:text formed_on:date'),
    chapterRows,
  );
  await ctx.insert(
    'union_member',
    cols(
      'id:uuid chapter_id:uuid unit_code:text person_id:uuid household_id:uuid full_name:text name_search:text member_card_number:text phone:text joined_on:date',
    ),
    memberRows,
  );
  await ctx.insert(
    'pledge',
    cols('id:uuid chapter_id:uuid unit_code:text year:int target_households:int pledged_on:date'),
    pledgeRows,
  );
  await ctx.insert(
    'pledged_household',
    cols(
      'id:uuid pledge_id:uuid household_id:uuid year:int unit_code:text status_when_pledged:text added_on:date',
    ),
    pledgedRows,
  );
  await ctx.insert(
    'pledge_review',
    cols(
      'id:uuid pledged_household_id:uuid pledge_id:uuid household_id:uuid year:int unit_code:text review_date:date no_hunger_or_poverty:bool no_law_breaking_or_social_evils:bool no_domestic_violence:bool no_population_policy_violation:bool no_malnourished_or_dropout_children:bool clean_house:bool clean_kitchen:bool clean_alley:bool',
    ),
    reviewRows,
  );
  await ctx.insert(
    'support_activity',
    cols(
      'id:uuid chapter_id:uuid unit_code:text kind:text household_id:uuid person_id:uuid date:date value:bigint note:text',
    ),
    supportRows,
  );
  await ctx.insert(
    'savings_loan_group',
    cols(
      'id:uuid chapter_id:uuid unit_code:text name:text lender:text leader_member_id:uuid meeting_frequency:text meeting_day:int formed_on:date status:text status_since:date',
    ),
    groupRows,
  );
  await ctx.insert(
    'savings_loan_group_member',
    cols('id:uuid group_id:uuid member_id:uuid lender:text joined_on:date'),
    groupMemberRows,
  );
  return groupOf;
}
