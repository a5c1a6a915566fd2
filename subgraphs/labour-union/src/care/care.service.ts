import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keysetPage,
  NotFoundError,
  todayInVietnam,
} from '@chung-tay/common';
import { assertCallerCoversUnit, assertUnionWriter, organisationSubtreeSql } from '../access';
import { CareFundingSource, CarePlanStatus, UnionMemberStatus } from '../enums';
import { inPeriodSql, scopeQuery } from '../filters';
import type { Context } from '../context';
import { UnionMember } from '../union-member/union-member.entity';
import { writableMember } from '../union-member/union-member.service';
import { isWithinOrganisation, writableOrganisation } from '../union-organisation/union-organisation.service';
import type { UnionOrganisation } from '../union-organisation/union-organisation.entity';
import { CareActivity } from './care-activity.entity';
import { CarePlan } from './care-plan.entity';
import type {
  CareActivityFilter,
  CarePlanFilter,
  RecordCareActivityInput,
  RecordCarePlanInput,
} from './care.input';

export async function listCarePlans(
  ctx: Context,
  filter: CarePlanFilter,
  first: number,
  after?: string | null,
) {
  const qb = scopeQuery(
    ctx.dataSource.getRepository(CarePlan).createQueryBuilder('p'),
    'p',
    ctx.caller,
    filter,
  );
  if (filter.status?.length) qb.andWhere('p.status IN (:...status)', { status: filter.status });
  if (filter.listedStatus?.length) {
    qb.andWhere('p.listed_status IN (:...listedStatus)', { listedStatus: filter.listedStatus });
  }
  if (filter.householdId) qb.andWhere('p.household_id = :householdId', { householdId: filter.householdId });
  inPeriodSql(qb, 'p.listed_date', filter.listedIn, 'listed');
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'p.listed_date', kind: 'date', of: (p) => p.listedDate },
        { sql: 'p.id', kind: 'uuid', of: (p) => p.id },
      ],
      direction: 'DESC',
    },
    first,
    after,
  );
}

export async function listCareActivities(
  ctx: Context,
  filter: CareActivityFilter,
  first: number,
  after?: string | null,
) {
  const qb = scopeQuery(
    ctx.dataSource.getRepository(CareActivity).createQueryBuilder('a'),
    'a',
    ctx.caller,
    filter,
  );
  inPeriodSql(qb, 'a.date', filter.period);
  if (filter.kind?.length) qb.andWhere('a.kind IN (:...kind)', { kind: filter.kind });
  if (filter.fundingSource?.length) {
    qb.andWhere('a.funding_source IN (:...funding)', { funding: filter.fundingSource });
  }
  if (filter.memberId) qb.andWhere('a.member_id = :memberId', { memberId: filter.memberId });
  if (filter.householdId) qb.andWhere('a.household_id = :householdId', { householdId: filter.householdId });
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'a.date', kind: 'date', of: (a) => a.date },
        { sql: 'a.id', kind: 'uuid', of: (a) => a.id },
      ],
      direction: 'DESC',
    },
    first,
    after,
  );
}

/** Members of the household who belong to the organisation or to an organisation below it. */
function membersWithin(ctx: Context, householdId: string, organisationId: string) {
  return ctx.dataSource
    .getRepository(UnionMember)
    .createQueryBuilder('m')
    .where('m.household_id = :householdId', { householdId })
    .andWhere(`m.union_organisation_id IN (${organisationSubtreeSql('organisationId')})`, { organisationId })
    .getMany();
}

function checkPastDate(date: string, field: string) {
  if (date > todayInVietnam()) throw new BadUserInputError(`${date} is in the future`, field);
  if (date < '2000-01-01') throw new BadUserInputError(`${date} is before the records of this hub`, field);
}

export async function recordCarePlan(ctx: Context, input: RecordCarePlanInput) {
  assertUnionWriter(ctx.caller);
  const org = await writableOrganisation(ctx, input.unionOrganisationId, 'input.unionOrganisationId');
  checkPastDate(input.listedDate, 'input.listedDate');
  if (!(await membersWithin(ctx, input.householdId, org.id)).length) {
    throw new BadUserInputError(
      `no member of ${org.name} or of the unions below it is linked to household ${input.householdId}`,
      'input.householdId',
    );
  }
  try {
    return await ctx.dataSource.transaction(async (em) => {
      const repo = em.getRepository(CarePlan);
      if (await repo.existsBy({ householdId: input.householdId, listedDate: input.listedDate })) {
        throw new ConflictError(
          `household ${input.householdId} already has a care plan for the list of ${input.listedDate}`,
          'input.listedDate',
        );
      }
      const saved = await repo.save(
        repo.create({
          householdId: input.householdId,
          unionOrganisationId: org.id,
          unitCode: org.unitCode,
          listedStatus: input.listedStatus,
          listedDate: input.listedDate,
          listReference: input.listReference?.trim() || null,
          goals: input.goals?.trim() || null,
          status: CarePlanStatus.ACTIVE,
          closedDate: null,
          closedReason: null,
        }),
      );
      return Object.assign(saved, { inCallerScope: true });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError('the household already has a care plan for that list', 'input.listedDate');
    }
    throw error;
  }
}

export async function closeCarePlan(ctx: Context, id: string, closedDate: string, reason: string | null) {
  assertUnionWriter(ctx.caller);
  const plan = await ctx.loaders.carePlan.load(id);
  if (!plan) throw new NotFoundError('Care plan', id);
  await assertCallerCoversUnit(ctx.caller, ctx.loaders, plan.unitCode);
  if (plan.status === CarePlanStatus.CLOSED) {
    throw new ConflictError(`the care plan was already closed on ${plan.closedDate}`, 'id');
  }
  checkPastDate(closedDate, 'closedDate');
  if (reason && reason.length > 300) throw new BadUserInputError('must be at most 300 characters', 'reason');
  if (closedDate < plan.listedDate) {
    throw new BadUserInputError(`the plan starts with the list of ${plan.listedDate}`, 'closedDate');
  }
  const changes = { status: CarePlanStatus.CLOSED, closedDate, closedReason: reason?.trim() || null };
  await ctx.dataSource.transaction((em) => em.getRepository(CarePlan).update(plan.id, changes));
  ctx.loaders.carePlan.clear(plan.id);
  return Object.assign(plan, changes);
}

/** The member named in a care record: of the giving organisation's tree, and still a member on the date. */
export async function memberInTree(ctx: Context, memberId: string, org: UnionOrganisation, date: string) {
  const member = await writableMember(ctx, memberId, 'input.memberId');
  if (!(await isWithinOrganisation(ctx, member.unionOrganisationId, org.id))) {
    throw new BadUserInputError(
      `union member ${memberId} does not belong to ${org.name} or a union below it`,
      'input.memberId',
    );
  }
  if (member.status === UnionMemberStatus.LEFT && member.statusSince <= date) {
    throw new BadUserInputError(
      `union member ${memberId} left the union on ${member.statusSince}`,
      'input.memberId',
    );
  }
  return member;
}

export async function recordCareActivity(ctx: Context, input: RecordCareActivityInput) {
  assertUnionWriter(ctx.caller);
  const org = await writableOrganisation(ctx, input.unionOrganisationId, 'input.unionOrganisationId');
  checkPastDate(input.date, 'input.date');
  if (!input.memberId && !input.householdId) {
    throw new BadUserInputError('name the member cared for, or the household', 'input.memberId');
  }
  let householdId = input.householdId ?? null;
  if (input.memberId) {
    const member = await memberInTree(ctx, input.memberId, org, input.date);
    if (householdId && member.householdId !== householdId) {
      throw new BadUserInputError(
        member.householdId
          ? `union member ${member.id} is linked to household ${member.householdId}, not to this one`
          : `union member ${member.id} is not linked to the register; leave householdId out or link the member first`,
        'input.householdId',
      );
    }
    householdId = member.householdId;
  } else if (!(await membersWithin(ctx, householdId!, org.id)).length) {
    throw new BadUserInputError(
      `no member of ${org.name} or of the unions below it is linked to household ${householdId}`,
      'input.householdId',
    );
  }
  if (input.fundingSource === CareFundingSource.SPONSOR && !input.sponsorName?.trim()) {
    throw new BadUserInputError('say who the sponsor is', 'input.sponsorName');
  }
  if (input.fundingSource !== CareFundingSource.SPONSOR && input.sponsorName) {
    throw new BadUserInputError('a sponsor name goes with the funding source SPONSOR', 'input.sponsorName');
  }
  const saved = await ctx.dataSource.transaction((em) =>
    em.getRepository(CareActivity).save(
      em.getRepository(CareActivity).create({
        kind: input.kind,
        date: input.date,
        unionOrganisationId: org.id,
        unitCode: org.unitCode,
        memberId: input.memberId ?? null,
        householdId,
        value: input.value,
        fundingSource: input.fundingSource,
        sponsorName: input.sponsorName?.trim() || null,
        programmeId: input.programmeId ?? null,
        occasion: input.occasion?.trim() || null,
        note: input.note?.trim() || null,
      }),
    ),
  );
  return Object.assign(saved, { inCallerScope: true });
}
