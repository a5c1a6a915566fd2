import { randomUUID } from 'node:crypto';
import {
  assertImportSize,
  callerCoversUnit,
  ConflictError,
  foldVietnamese,
  groupRows,
  ImportProblems,
  isUniqueViolation,
  todayInVietnam,
  type ImportReport,
  insertInChunks,
} from '@chung-tay/common';
import { In, type EntityManager } from 'typeorm';
import { areaTypeOf } from '../administrative-unit/administrative-unit.entity';
import { unitLineage } from '../administrative-unit/unit-scope';
import { poorCategoryFor } from '../assessment/household-status';
import { HouseholdStatus, PoorCategory, RelationToHead, Sex, StatusChangeReason, UnitLevel } from '../enums';
import type { Context } from '../context';
import { Person } from '../person/person.entity';
import { validatePerson } from '../person/person.rules';
import { HouseholdStatusChange } from './household-status-change.entity';
import { Household } from './household.entity';
import type { HouseholdListRowInput, ImportHouseholdListInput } from './household-import.input';

const STATUS: Record<string, HouseholdStatus> = {
  'Hộ nghèo': HouseholdStatus.POOR,
  Nghèo: HouseholdStatus.POOR,
  'Hộ cận nghèo': HouseholdStatus.NEAR_POOR,
  'Cận nghèo': HouseholdStatus.NEAR_POOR,
  'Thoát nghèo': HouseholdStatus.ESCAPED_POVERTY,
  'Thoát cận nghèo': HouseholdStatus.ESCAPED_NEAR_POVERTY,
  'Không nghèo': HouseholdStatus.NOT_POOR,
  ...Object.fromEntries(Object.values(HouseholdStatus).map((s) => [s, s])),
};
const SEX: Record<string, Sex> = { Nam: Sex.MALE, Nữ: Sex.FEMALE, MALE: Sex.MALE, FEMALE: Sex.FEMALE };
const RELATION: Record<string, RelationToHead> = {
  'Chủ hộ': RelationToHead.HEAD,
  Vợ: RelationToHead.SPOUSE,
  Chồng: RelationToHead.SPOUSE,
  Con: RelationToHead.CHILD,
  Bố: RelationToHead.PARENT,
  Cha: RelationToHead.PARENT,
  Mẹ: RelationToHead.PARENT,
  Cháu: RelationToHead.GRANDCHILD,
  Ông: RelationToHead.GRANDPARENT,
  Bà: RelationToHead.GRANDPARENT,
  Anh: RelationToHead.SIBLING,
  Chị: RelationToHead.SIBLING,
  Em: RelationToHead.SIBLING,
  'Con dâu': RelationToHead.CHILD_IN_LAW,
  'Con rể': RelationToHead.CHILD_IN_LAW,
  Khác: RelationToHead.OTHER,
  ...Object.fromEntries(Object.values(RelationToHead).map((r) => [r, r])),
};
const CATEGORY: Record<string, PoorCategory> = { A: PoorCategory.A, B: PoorCategory.B };

interface Member {
  row: number;
  fullName: string;
  birthDate: string;
  sex: Sex;
  relationToHead: RelationToHead;
  nationalId: string | null;
  ethnicity: string | null;
}

interface HouseholdFacts {
  unitCode: string | null;
  address: string | null;
  status: HouseholdStatus | null;
  statusSince: string | null;
  poorCategory: PoorCategory | null;
  socialProtection: boolean | null;
}

/** A row's household columns, and whether it gave the cell at all (a wrong cell is already a problem). */
type FactRow = HouseholdFacts & { row: number; given: Set<string>; relationToHead: RelationToHead | null };

/** Reads one row's cells into the hub's values, filing a problem for every wrong cell. */
function readRow(p: ImportProblems, r: HouseholdListRowInput): { facts: FactRow; member: Member | null } {
  const facts: FactRow = {
    row: r.row,
    unitCode: p.text(r.row, 'unitCode', r.unitCode, {
      pattern: /^\d{5}$/,
      patternMessage: 'must be the 5-digit code of a commune or ward',
    }),
    address: p.text(r.row, 'address', r.address, { min: 3, max: 300 }),
    status: p.choice(r.row, 'status', r.status, STATUS),
    statusSince: p.date(r.row, 'statusSince', r.statusSince),
    poorCategory: p.choice(r.row, 'poorCategory', r.poorCategory, CATEGORY),
    socialProtection: r.socialProtection?.trim()
      ? p.yesNo(r.row, 'socialProtection', r.socialProtection)
      : null,
    given: new Set((['unitCode', 'address', 'status'] as const).filter((key) => r[key]?.trim())),
    relationToHead: p.choice(r.row, 'relationToHead', r.relationToHead, RELATION, true),
  };
  const before = p.count;
  const fullName = p.text(r.row, 'fullName', r.fullName, { required: true, min: 2, max: 120 });
  const birthDate = p.date(r.row, 'birthDate', r.birthDate, { required: true });
  const sex = p.choice(r.row, 'sex', r.sex, SEX, true);
  const relationToHead = facts.relationToHead;
  const nationalId = p.text(r.row, 'nationalId', r.nationalId, {
    pattern: /^\d{12}$/,
    patternMessage: 'must be exactly 12 digits (format the column as text so leading zeros stay)',
  });
  const ethnicity = p.text(r.row, 'ethnicity', r.ethnicity, { max: 40 });
  if (p.count > before) return { facts, member: null };
  const member = {
    row: r.row,
    fullName: fullName!,
    birthDate: birthDate!,
    sex: sex!,
    relationToHead: relationToHead!,
    nationalId,
    ethnicity,
  };
  p.check(r.row, r, () => validatePerson(member, 'row'));
  return { facts, member };
}

/** A household's columns from its rows: each from the row that gives it; rows that disagree are problems. */
function householdFacts(
  p: ImportProblems,
  rows: FactRow[],
): HouseholdFacts & { rows: Record<string, number> } {
  const facts: HouseholdFacts = {
    unitCode: null,
    address: null,
    status: null,
    statusSince: null,
    poorCategory: null,
    socialProtection: null,
  };
  const from: Record<string, number> = {};
  for (const row of rows) {
    for (const key of Object.keys(facts) as (keyof HouseholdFacts)[]) {
      const value = row[key];
      if (value == null) continue;
      if (facts[key] == null) {
        (facts as unknown as Record<string, unknown>)[key] = value;
        from[key] = row.row;
      } else if (facts[key] !== value) {
        p.add(
          row.row,
          key,
          `differs from row ${from[key]} of the same household (${facts[key]})`,
          String(value),
        );
      }
    }
  }
  const first = rows[0]!.row;
  for (const key of ['unitCode', 'address', 'status'] as const) {
    if (facts[key] == null && !rows.some((r) => r.given.has(key)))
      p.add(first, key, 'is required on one row of the household', null);
  }
  return { ...facts, rows: from };
}

interface NewHousehold {
  household: Household;
  members: Member[];
  since: string;
}

/**
 * Imports a household list: every row checked, then every new household with its members written in one
 * transaction, or nothing when any row has a problem. A household already in the register exactly as the file
 * gives it counts as unchanged, so importing the same file twice changes nothing; one that differs is a problem
 * (the register changes through reviews and edits, not by overwriting it from a file).
 */
export async function importHouseholdList(
  ctx: Context,
  input: ImportHouseholdListInput,
): Promise<ImportReport> {
  assertImportSize(input.rows);
  const p = new ImportProblems();
  const read = input.rows.map((r) => ({ r, ...readRow(p, r) }));
  const groups = groupRows(read, ({ r }) => {
    const code = p.text(r.row, 'householdCode', r.householdCode, {
      required: true,
      pattern: /^[A-Z0-9-]{4,30}$/,
      patternMessage: 'must be 4–30 capital letters, digits or dashes',
    });
    return code;
  });
  const seenIds = new Map<string, number>();
  for (const { member } of read) {
    if (!member?.nationalId) continue;
    const earlier = seenIds.get(member.nationalId);
    if (earlier) p.add(member.row, 'nationalId', `is also on row ${earlier}`, member.nationalId);
    else seenIds.set(member.nationalId, member.row);
  }

  const today = todayInVietnam();
  const candidates: { code: string; facts: ReturnType<typeof householdFacts>; members: Member[] }[] = [];
  for (const [code, rows] of groups) {
    const facts = householdFacts(
      p,
      rows.map((x) => x.facts),
    );
    const members = rows.map((x) => x.member).filter((m): m is Member => m != null);
    const heads = rows.filter((x) => x.facts.relationToHead === RelationToHead.HEAD).length;
    if (heads !== 1) {
      p.add(
        rows[0]!.r.row,
        'relationToHead',
        `household ${code} needs exactly one Chủ hộ (HEAD); it has ${heads}`,
        null,
      );
    }
    if (rows.length > 40)
      p.add(
        rows[40]!.r.row,
        'householdCode',
        `household ${code} has ${rows.length} members; at most 40`,
        code,
      );
    await checkUnit(ctx, p, facts);
    candidates.push({ code, facts, members });
  }

  const report = (created: number, unchanged: number) =>
    p.report({ fileName: input.fileName, rows: input.rows.length, records: groups.size, created, unchanged });

  try {
    return await ctx.dataSource.transaction(async (em) => {
      const existing = await em.find(Household, { where: { code: In([...groups.keys()]) } });
      const byCode = new Map(existing.map((h) => [h.code, h]));
      const registered = existing.length
        ? await em.find(Person, { where: { householdId: In(existing.map((h) => h.id)) } })
        : [];
      const taken = seenIds.size
        ? await em.find(Person, {
            where: { nationalId: In([...seenIds.keys()]) },
            select: ['id', 'nationalId', 'householdId'],
          })
        : [];
      const householdOfId = new Map(taken.map((t) => [t.nationalId!, t.householdId]));

      let unchanged = 0;
      const fresh: NewHousehold[] = [];
      for (const { code, facts, members } of candidates) {
        const current = byCode.get(code);
        for (const m of members) {
          const holder = m.nationalId ? householdOfId.get(m.nationalId) : undefined;
          if (holder && holder !== current?.id) {
            p.add(
              m.row,
              'nationalId',
              'already belongs to a member of another household in the register',
              m.nationalId,
            );
          }
        }
        if (current) {
          const same = await sameAsRegister(ctx, p, current, facts, members, registered);
          if (same) unchanged += 1;
          continue;
        }
        if (!facts.unitCode || !facts.status || !facts.address) continue;
        const since = facts.statusSince ?? today;
        fresh.push({
          household: em.create(Household, {
            id: randomUUID(),
            code,
            unitCode: facts.unitCode,
            address: facts.address,
            status: facts.status,
            statusSince: since,
            socialProtection: facts.socialProtection ?? false,
            poorCategory: facts.poorCategory,
          }),
          members,
          since,
        });
      }
      if (p.count > 0) return report(0, unchanged);
      await writeHouseholds(ctx, em, fresh);
      if (fresh.length)
        ctx.audit.write(
          'importHouseholdList.created',
          fresh.map((f) => f.household.id),
        );
      return report(fresh.length, unchanged);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        'another change added some of these households or national IDs meanwhile; import the file again',
      );
    }
    throw error;
  }
}

/** The unit must be a current commune or ward within the caller's units; the A/B split must apply there. */
async function checkUnit(ctx: Context, p: ImportProblems, facts: ReturnType<typeof householdFacts>) {
  if (!facts.unitCode) return;
  const row = facts.rows.unitCode!;
  const unit = await ctx.loaders.unit.load(facts.unitCode);
  if (!unit || unit.level !== UnitLevel.COMMUNE) {
    p.add(row, 'unitCode', 'is not the code of a commune or ward', facts.unitCode);
  } else if (unit.validTo) {
    p.add(
      row,
      'unitCode',
      `${unit.name} was retired on ${unit.validTo}; use ${unit.successorCodes.join(' or ')}`,
      facts.unitCode,
    );
  } else if (!(await callerCoversUnit(ctx.caller, (c) => ctx.loaders.unit.load(c), unit.code))) {
    p.add(
      row,
      'unitCode',
      `is outside the units your token covers (${ctx.caller.units.join(', ')})`,
      facts.unitCode,
    );
  } else if (facts.poorCategory) {
    const province = await ctx.loaders.unit.load((await unitLineage(ctx.loaders, unit.code)).at(-1)!);
    if (facts.status !== HouseholdStatus.POOR || !province?.usesPoorCategories) {
      p.add(
        facts.rows.poorCategory!,
        'poorCategory',
        'A or B applies only to POOR households in provinces that split them',
        facts.poorCategory,
      );
    }
  }
}

/** Whether a household already in the register is exactly what the file says; each difference is a problem. */
async function sameAsRegister(
  ctx: Context,
  p: ImportProblems,
  current: Household,
  facts: ReturnType<typeof householdFacts>,
  members: Member[],
  registered: Person[],
): Promise<boolean> {
  const before = p.count;
  const first = members[0]?.row ?? facts.rows.unitCode ?? 0;
  if (!(await callerCoversUnit(ctx.caller, (c) => ctx.loaders.unit.load(c), current.unitCode))) {
    p.add(first, 'householdCode', 'is the code of a household outside your units', current.code);
    return false;
  }
  const differs = (key: keyof HouseholdFacts, theirs: unknown) => {
    const ours = facts[key];
    if (ours != null && ours !== theirs) {
      p.add(
        facts.rows[key]!,
        key,
        `household ${current.code} is in the register with ${String(theirs)}; an import adds households, it does not change them`,
        String(ours),
      );
    }
  };
  differs('unitCode', current.unitCode);
  differs('address', current.address);
  differs('status', current.status);
  differs('statusSince', current.statusSince);
  differs('poorCategory', current.poorCategory);
  differs('socialProtection', current.socialProtection);
  const own = registered.filter((r) => r.householdId === current.id);
  for (const m of members) {
    const match = own.find((r) =>
      m.nationalId
        ? r.nationalId === m.nationalId
        : r.nameSearch === foldVietnamese(m.fullName) && r.birthDate === m.birthDate,
    );
    if (!match) {
      p.add(
        m.row,
        'fullName',
        `is not a member of household ${current.code} in the register; add members there`,
        m.fullName,
      );
    } else if (
      match.fullName !== m.fullName ||
      match.birthDate !== m.birthDate ||
      match.sex !== m.sex ||
      match.relationToHead !== m.relationToHead
    ) {
      p.add(
        m.row,
        'fullName',
        `differs from the register's record of this member of ${current.code}`,
        m.fullName,
      );
    }
  }
  return p.count === before;
}

async function writeHouseholds(ctx: Context, em: EntityManager, fresh: NewHousehold[]) {
  const people: Partial<Person>[] = [];
  for (const { household, members } of fresh) {
    for (const m of members) {
      const id = randomUUID();
      if (m.relationToHead === RelationToHead.HEAD) household.headPersonId = id;
      people.push({
        id,
        householdId: household.id,
        fullName: m.fullName,
        nameSearch: foldVietnamese(m.fullName),
        birthDate: m.birthDate,
        sex: m.sex,
        relationToHead: m.relationToHead,
        nationalId: m.nationalId,
        ethnicity: m.ethnicity,
      });
    }
  }
  const provinces = new Map<string, boolean>();
  for (const { household } of fresh) {
    const province = (await unitLineage(ctx.loaders, household.unitCode)).at(-1)!;
    if (!provinces.has(province))
      provinces.set(province, (await ctx.loaders.unit.load(province))?.usesPoorCategories ?? false);
    household.areaType = areaTypeOf((await ctx.loaders.unit.load(household.unitCode))!.kind)!;
    household.poorCategory = poorCategoryFor(
      household.status,
      provinces.get(province)!,
      household.socialProtection,
      household.poorCategory,
    );
  }
  await insertInChunks(
    em,
    Household,
    fresh.map((f) => f.household),
  );
  await insertInChunks(em, Person, people);
  const changes = fresh.map(({ household, since }) => ({
    householdId: household.id,
    status: household.status,
    poorCategory: household.poorCategory,
    effectiveDate: since,
    reason: StatusChangeReason.REGISTRATION,
  }));
  await insertInChunks(em, HouseholdStatusChange, changes);
}
