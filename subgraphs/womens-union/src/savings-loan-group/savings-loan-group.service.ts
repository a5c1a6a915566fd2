import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keysetPage,
  todayInVietnam,
  unitSubtreeSql,
  type Caller,
} from '@chung-tay/common';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { assertWriterCovers, inCallerUnitsSql, visible } from '../access';
import { SavingsLoanGroupStatus as Status } from '../enums';
import type { Loaders } from '../context';
import { memberChapter } from '../member/member.service';
import { assertNotFuture, assertUuid } from '../rules';
import { MAX_GROUP_MEMBERS, meetingDayProblem } from './meeting';
import { SavingsLoanGroup, SavingsLoanGroupMembership } from './savings-loan-group.entity';
import type {
  AddSavingsLoanGroupMembersInput,
  FormSavingsLoanGroupInput,
  RemoveSavingsLoanGroupMemberInput,
  SavingsLoanGroupFilter,
  UpdateSavingsLoanGroupInput,
} from './savings-loan-group.input';

export async function listGroups(
  dataSource: DataSource,
  caller: Caller,
  filter: SavingsLoanGroupFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(SavingsLoanGroup)
    .createQueryBuilder('g')
    .where(inCallerUnitsSql('g'), { callerUnits: caller.units });
  if (filter.unitCode)
    qb.andWhere(`g.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  if (filter.chapterId) {
    assertUuid(filter.chapterId, 'filter.chapterId');
    qb.andWhere(
      `g.chapter_id IN (SELECT c.id FROM chapter c JOIN chapter t ON c.path LIKE t.path || '%' WHERE t.id = :chapterId)`,
      { chapterId: filter.chapterId },
    );
  }
  if (filter.lender) qb.andWhere('g.lender = :lender', { lender: filter.lender });
  if (filter.status?.length) qb.andWhere('g.status IN (:...status)', { status: filter.status });
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'g.unit_code', kind: 'text', of: (g) => g.unitCode },
        { sql: 'g.name', kind: 'text', of: (g) => g.name },
        { sql: 'g.id', kind: 'uuid', of: (g) => g.id },
      ],
    },
    first,
    after,
  );
}

/**
 * Members joining a group: current union members of a chapter in the group's commune, members since `from` at the
 * latest, each named once and not yet in the group.
 */
async function checkJoiners(
  loaders: Loaders,
  unitCode: string,
  from: string,
  ids: { id: string; field: string }[],
  alreadyIn: Set<string> = new Set(),
) {
  const seen = new Set<string>();
  for (const { id, field } of ids) {
    assertUuid(id, field);
    if (seen.has(id) || alreadyIn.has(id)) {
      throw new BadUserInputError(
        alreadyIn.has(id) ? 'she is already in the group' : 'she is named twice',
        field,
      );
    }
    seen.add(id);
    const member = await loaders.member.load(id);
    if (!member) throw new BadUserInputError(`there is no member ${id}`, field);
    if (member.leftOn) throw new BadUserInputError(`she left the union on ${member.leftOn}`, field);
    if (member.unitCode !== unitCode) {
      throw new BadUserInputError(
        `she belongs to a chapter of ${member.unitCode}; the group meets in ${unitCode}`,
        field,
      );
    }
    if (member.joinedOn > from)
      throw new BadUserInputError(`she joined the union only on ${member.joinedOn}`, field);
  }
}

/** A woman borrows through one group per lender at a time. */
async function assertFreeForLender(
  em: EntityManager,
  group: Pick<SavingsLoanGroup, 'lender'>,
  ids: { id: string; field: string }[],
) {
  const busy = await em.getRepository(SavingsLoanGroupMembership).find({
    where: { memberId: In(ids.map((m) => m.id)), lender: group.lender, leftOn: IsNull() },
  });
  const first = ids.find((m) => busy.some((b) => b.memberId === m.id));
  if (first) {
    const { groupId } = busy.find((b) => b.memberId === first.id)!;
    throw new ConflictError(`she is already in another ${group.lender} group (${groupId})`, first.field);
  }
}

async function assertSize(em: EntityManager, groupId: string, adding: number) {
  const current = await em.getRepository(SavingsLoanGroupMembership).countBy({ groupId, leftOn: IsNull() });
  if (current + adding > MAX_GROUP_MEMBERS) {
    throw new BadUserInputError(
      `a group has at most ${MAX_GROUP_MEMBERS} members; it has ${current} and ${adding} would join`,
      'input.memberIds',
    );
  }
}

export async function formGroup(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: FormSavingsLoanGroupInput,
): Promise<SavingsLoanGroup> {
  const chapter = await memberChapter(loaders, input.chapterId, 'input.chapterId');
  await assertWriterCovers(caller, loaders, chapter.unitCode);
  const problem = meetingDayProblem(input.meetingFrequency, input.meetingDay);
  if (problem) throw new BadUserInputError(problem, 'input.meetingDay');
  assertNotFuture(input.formedOn, 'input.formedOn');
  const joiners = [
    { id: input.leaderMemberId, field: 'input.leaderMemberId' },
    ...input.memberIds
      .map((id, i) => ({ id, field: `input.memberIds[${i}]` }))
      .filter((m) => m.id !== input.leaderMemberId),
  ];
  if (joiners.length > MAX_GROUP_MEMBERS) {
    throw new BadUserInputError(`a group has at most ${MAX_GROUP_MEMBERS} members`, 'input.memberIds');
  }
  await checkJoiners(loaders, chapter.unitCode, input.formedOn, joiners);
  const name = input.name.trim().replace(/\s+/g, ' ');
  try {
    return await dataSource.transaction(async (em) => {
      const clash = await em
        .getRepository(SavingsLoanGroup)
        .createQueryBuilder('g')
        .where('g.unit_code = :unit AND lower(g.name) = lower(:name)', { unit: chapter.unitCode, name })
        .getExists();
      if (clash)
        throw new ConflictError(`${chapter.unitCode} already has a group named ${name}`, 'input.name');
      await assertFreeForLender(em, input, joiners);
      const group = await em.getRepository(SavingsLoanGroup).save(
        em.getRepository(SavingsLoanGroup).create({
          chapterId: chapter.id,
          unitCode: chapter.unitCode,
          name,
          lender: input.lender,
          leaderMemberId: input.leaderMemberId,
          meetingFrequency: input.meetingFrequency,
          meetingDay: input.meetingDay,
          formedOn: input.formedOn,
          status: Status.ACTIVE,
          statusSince: input.formedOn,
        }),
      );
      await em.getRepository(SavingsLoanGroupMembership).insert(
        joiners.map((m) => ({
          groupId: group.id,
          memberId: m.id,
          lender: group.lender,
          joinedOn: input.formedOn,
          leftOn: null,
        })),
      );
      return group;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('the group name or a membership is taken');
    throw error;
  }
}

async function groupToChange(caller: Caller, loaders: Loaders, id: string, field: string) {
  assertUuid(id, field);
  const group = await loaders.group.load(id);
  if (!group) throw new BadUserInputError(`there is no savings-and-loan group ${id}`, field);
  await assertWriterCovers(caller, loaders, group.unitCode);
  return visible(caller, `Group ${id}`, group)!;
}

const currentMembers = async (em: EntityManager, groupId: string) =>
  em.getRepository(SavingsLoanGroupMembership).findBy({ groupId, leftOn: IsNull() });

export async function addMembers(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: AddSavingsLoanGroupMembersInput,
): Promise<SavingsLoanGroup> {
  const group = await groupToChange(caller, loaders, input.groupId, 'input.groupId');
  if (group.status === Status.DISSOLVED) {
    throw new BadUserInputError(`the group was dissolved on ${group.statusSince}`, 'input.groupId');
  }
  assertNotFuture(input.joinedOn, 'input.joinedOn');
  if (input.joinedOn < group.formedOn) {
    throw new BadUserInputError(`the group was formed on ${group.formedOn}`, 'input.joinedOn');
  }
  const joiners = input.memberIds.map((id, i) => ({ id, field: `input.memberIds[${i}]` }));
  try {
    return await dataSource.transaction(async (em) => {
      await em.query('SELECT id FROM savings_loan_group WHERE id = $1 FOR UPDATE', [group.id]);
      const inGroup = new Set((await currentMembers(em, group.id)).map((m) => m.memberId));
      await checkJoiners(loaders, group.unitCode, input.joinedOn, joiners, inGroup);
      await assertSize(em, group.id, joiners.length);
      await assertFreeForLender(em, group, joiners);
      await em.getRepository(SavingsLoanGroupMembership).insert(
        joiners.map((m) => ({
          groupId: group.id,
          memberId: m.id,
          lender: group.lender,
          joinedOn: input.joinedOn,
          leftOn: null,
        })),
      );
      return group;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('one of them is already in a group of that lender');
    throw error;
  }
}

export async function removeMember(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: RemoveSavingsLoanGroupMemberInput,
): Promise<SavingsLoanGroup> {
  const group = await groupToChange(caller, loaders, input.groupId, 'input.groupId');
  assertUuid(input.memberId, 'input.memberId');
  if (group.leaderMemberId === input.memberId) {
    throw new BadUserInputError('she leads the group; name another leader first', 'input.memberId');
  }
  assertNotFuture(input.leftOn, 'input.leftOn');
  return dataSource.transaction(async (em) => {
    const membership = await em
      .getRepository(SavingsLoanGroupMembership)
      .findOneBy({ groupId: group.id, memberId: input.memberId, leftOn: IsNull() });
    if (!membership) throw new BadUserInputError('she is not in the group', 'input.memberId');
    if (input.leftOn < membership.joinedOn) {
      throw new BadUserInputError(`she joined the group on ${membership.joinedOn}`, 'input.leftOn');
    }
    await em.getRepository(SavingsLoanGroupMembership).update(membership.id, { leftOn: input.leftOn });
    return group;
  });
}

export async function updateGroup(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  id: string,
  input: UpdateSavingsLoanGroupInput,
): Promise<SavingsLoanGroup> {
  const group = await groupToChange(caller, loaders, id, 'id');
  if (group.status === Status.DISSOLVED) {
    throw new BadUserInputError(`the group was dissolved on ${group.statusSince}`, 'id');
  }
  const frequency = input.meetingFrequency ?? group.meetingFrequency;
  const day = input.meetingDay ?? group.meetingDay;
  const problem = meetingDayProblem(frequency, day);
  if (problem)
    throw new BadUserInputError(
      problem,
      input.meetingDay != null ? 'input.meetingDay' : 'input.meetingFrequency',
    );
  const statusSince = input.statusSince ?? todayInVietnam();
  if (input.status && input.status !== group.status) {
    assertNotFuture(statusSince, 'input.statusSince');
    if (statusSince < group.statusSince) {
      throw new BadUserInputError(
        `the group has had its status since ${group.statusSince}`,
        'input.statusSince',
      );
    }
  }
  if (input.leaderMemberId) assertUuid(input.leaderMemberId, 'input.leaderMemberId');
  const name = input.name?.trim().replace(/\s+/g, ' ');
  try {
    return await dataSource.transaction(async (em) => {
      const members = await currentMembers(em, group.id);
      if (input.leaderMemberId && !members.some((m) => m.memberId === input.leaderMemberId)) {
        throw new BadUserInputError(
          'the leader must be a current member of the group',
          'input.leaderMemberId',
        );
      }
      if (name && name.toLowerCase() !== group.name.toLowerCase()) {
        const clash = await em
          .getRepository(SavingsLoanGroup)
          .createQueryBuilder('g')
          .where('g.unit_code = :unit AND lower(g.name) = lower(:name)', { unit: group.unitCode, name })
          .getExists();
        if (clash)
          throw new ConflictError(`${group.unitCode} already has a group named ${name}`, 'input.name');
      }
      const statusChanges = input.status && input.status !== group.status;
      if (statusChanges && input.status === Status.DISSOLVED) {
        const late = members.find((m) => m.joinedOn > statusSince);
        if (late) throw new BadUserInputError(`a member joined after ${statusSince}`, 'input.statusSince');
        await em
          .getRepository(SavingsLoanGroupMembership)
          .update({ groupId: group.id, leftOn: IsNull() }, { leftOn: statusSince });
      }
      await em.getRepository(SavingsLoanGroup).update(group.id, {
        ...(name ? { name } : {}),
        ...(input.leaderMemberId ? { leaderMemberId: input.leaderMemberId } : {}),
        meetingFrequency: frequency,
        meetingDay: day,
        ...(statusChanges ? { status: input.status, statusSince } : {}),
      });
      return em.getRepository(SavingsLoanGroup).findOneByOrFail({ id: group.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('the group name is taken', 'input.name');
    throw error;
  }
}
