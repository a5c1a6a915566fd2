import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  foldVietnamese,
  isUniqueViolation,
  keysetPage,
  unitSubtreeSql,
  type Caller,
} from '@chung-tay/common';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { assertWriterCovers, inCallerUnitsSql, visible } from '../access';
import type { WomensUnionChapter } from '../chapter/chapter.entity';
import { WomensUnionChapterLevel as Level } from '../enums';
import type { Loaders } from '../context';
import { assertNotFuture, assertUuid } from '../rules';
import {
  SavingsLoanGroup,
  SavingsLoanGroupMembership,
} from '../savings-loan-group/savings-loan-group.entity';
import { WomensUnionMember } from './member.entity';
import type {
  RegisterWomensUnionMemberInput,
  UpdateWomensUnionMemberInput,
  WomensUnionMemberFilter,
} from './member.input';

const tidy = (name: string) => name.trim().replace(/\s+/g, ' ');

/** Members belong to a commune chapter or one of its branches. */
export async function memberChapter(loaders: Loaders, chapterId: string, field: string) {
  assertUuid(chapterId, field);
  const chapter = await loaders.chapter.load(chapterId);
  if (!chapter) throw new BadUserInputError(`there is no chapter ${chapterId}`, field);
  if (chapter.level !== Level.COMMUNE && chapter.level !== Level.BRANCH) {
    throw new BadUserInputError(
      `members join a commune chapter or a branch; ${chapter.name} is a ${chapter.level} chapter`,
      field,
    );
  }
  return chapter;
}

/** A member the caller may change. */
export async function memberToChange(caller: Caller, loaders: Loaders, id: string, field: string) {
  assertUuid(id, field);
  const member = await loaders.member.load(id);
  if (!member) throw new BadUserInputError(`there is no member ${id}`, field);
  await assertWriterCovers(caller, loaders, member.unitCode);
  return visible(caller, `Member ${id}`, member)!;
}

async function assertCardFree(em: EntityManager, card: string | null | undefined, memberId?: string) {
  if (!card) return;
  const holder = await em.getRepository(WomensUnionMember).findOneBy({ memberCardNumber: card });
  if (holder && holder.id !== memberId) {
    throw new ConflictError(`member card ${card} belongs to another member`, 'input.memberCardNumber');
  }
}

export async function listMembers(
  dataSource: DataSource,
  caller: Caller,
  filter: WomensUnionMemberFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(WomensUnionMember)
    .createQueryBuilder('m')
    .where(inCallerUnitsSql('m'), { callerUnits: caller.units });
  if (filter.unitCode)
    qb.andWhere(`m.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  if (filter.chapterId) {
    assertUuid(filter.chapterId, 'filter.chapterId');
    qb.andWhere(
      `m.chapter_id IN (SELECT c.id FROM chapter c JOIN chapter t ON c.path LIKE t.path || '%' WHERE t.id = :chapterId)`,
      { chapterId: filter.chapterId },
    );
  }
  if (filter.current != null) qb.andWhere(filter.current ? 'm.left_on IS NULL' : 'm.left_on IS NOT NULL');
  if (filter.householdId) {
    assertUuid(filter.householdId, 'filter.householdId');
    qb.andWhere('m.household_id = :householdId', { householdId: filter.householdId });
  }
  if (filter.search) {
    if (caller.org !== 'womens-union') {
      throw new ForbiddenError("Members' names are personal data: only the Women's Union searches them");
    }
    const folded = foldVietnamese(filter.search).replace(/[\\%_]/g, (c) => `\\${c}`);
    qb.andWhere('m.name_search LIKE :pattern', { pattern: `%${folded}%` });
  }
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'm.unit_code', kind: 'text', of: (m) => m.unitCode },
        { sql: 'm.joined_on', kind: 'date', of: (m) => m.joinedOn },
        { sql: 'm.id', kind: 'uuid', of: (m) => m.id },
      ],
    },
    first,
    after,
  );
}

export async function registerMember(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: RegisterWomensUnionMemberInput,
): Promise<WomensUnionMember> {
  const chapter = await memberChapter(loaders, input.chapterId, 'input.chapterId');
  await assertWriterCovers(caller, loaders, chapter.unitCode);
  assertUuid(input.personId, 'input.personId');
  assertUuid(input.householdId, 'input.householdId');
  assertNotFuture(input.joinedOn, 'input.joinedOn');
  const fullName = tidy(input.fullName);
  try {
    return await dataSource.transaction(async (em) => {
      const repo = em.getRepository(WomensUnionMember);
      const current = await repo.findOneBy({ personId: input.personId, leftOn: IsNull() });
      if (current) {
        throw new ConflictError(
          `this person is already a member (since ${current.joinedOn}, member ${current.id})`,
          'input.personId',
        );
      }
      await assertCardFree(em, input.memberCardNumber);
      const saved = await repo.save(
        repo.create({
          chapterId: chapter.id,
          unitCode: chapter.unitCode,
          personId: input.personId,
          householdId: input.householdId,
          fullName,
          nameSearch: foldVietnamese(fullName),
          memberCardNumber: input.memberCardNumber ?? null,
          phone: input.phone ?? null,
          joinedOn: input.joinedOn,
          leftOn: null,
        }),
      );
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('this person or member card is already registered');
    throw error;
  }
}

export async function updateMember(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  id: string,
  input: UpdateWomensUnionMemberInput,
): Promise<WomensUnionMember> {
  const member = await memberToChange(caller, loaders, id, 'id');
  let chapter: WomensUnionChapter | null = null;
  if (input.chapterId && input.chapterId !== member.chapterId) {
    chapter = await memberChapter(loaders, input.chapterId, 'input.chapterId');
    await assertWriterCovers(caller, loaders, chapter.unitCode);
  }
  try {
    return await dataSource.transaction(async (em) => {
      if (chapter && chapter.unitCode !== member.unitCode) {
        // Her groups meet in her commune: a move to another commune goes through leaving them.
        const groups = await em
          .getRepository(SavingsLoanGroupMembership)
          .countBy({ memberId: member.id, leftOn: IsNull() });
        if (groups > 0) {
          throw new BadUserInputError(
            `she is in ${groups} savings-and-loan group(s) of ${member.unitCode}; take her out of them before moving her to ${chapter.unitCode}`,
            'input.chapterId',
          );
        }
      }
      if (input.memberCardNumber !== undefined) await assertCardFree(em, input.memberCardNumber, member.id);
      const fullName = input.fullName ? tidy(input.fullName) : undefined;
      await em.getRepository(WomensUnionMember).update(member.id, {
        ...(chapter ? { chapterId: chapter.id, unitCode: chapter.unitCode } : {}),
        ...(fullName ? { fullName, nameSearch: foldVietnamese(fullName) } : {}),
        ...(input.memberCardNumber !== undefined ? { memberCardNumber: input.memberCardNumber } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
      });
      return em.getRepository(WomensUnionMember).findOneByOrFail({ id: member.id });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('that member card number is taken', 'input.memberCardNumber');
    throw error;
  }
}

/** She leaves the union, and with it her savings-and-loan groups; a group leader needs a successor first. */
export async function endMembership(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  id: string,
  leftOn: string,
): Promise<WomensUnionMember> {
  const member = await memberToChange(caller, loaders, id, 'id');
  if (member.leftOn) throw new BadUserInputError(`she already left on ${member.leftOn}`, 'id');
  assertNotFuture(leftOn, 'leftOn');
  if (leftOn < member.joinedOn) {
    throw new BadUserInputError(`${leftOn} is before she joined (${member.joinedOn})`, 'leftOn');
  }
  return dataSource.transaction(async (em) => {
    const led = await em
      .getRepository(SavingsLoanGroup)
      .createQueryBuilder('g')
      .where("g.leader_member_id = :id AND g.status <> 'DISSOLVED'", { id: member.id })
      .getOne();
    if (led) {
      throw new BadUserInputError(`she leads the group ${led.name}; name another leader first`, 'id');
    }
    const late = await em
      .getRepository(SavingsLoanGroupMembership)
      .createQueryBuilder('gm')
      .where('gm.member_id = :id AND gm.left_on IS NULL AND gm.joined_on > :leftOn', {
        id: member.id,
        leftOn,
      })
      .getExists();
    if (late) throw new BadUserInputError(`she joined a savings-and-loan group after ${leftOn}`, 'leftOn');
    await em
      .getRepository(SavingsLoanGroupMembership)
      .update({ memberId: member.id, leftOn: IsNull() }, { leftOn });
    await em.getRepository(WomensUnionMember).update(member.id, { leftOn });
    return em.getRepository(WomensUnionMember).findOneByOrFail({ id: member.id });
  });
}
