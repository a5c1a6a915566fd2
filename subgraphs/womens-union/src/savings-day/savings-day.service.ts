import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keepIds,
  keysetPage,
  thenById,
  once,
  unitSubtreeSql,
  type AuditTrail,
  type Caller,
} from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertWriterCovers, inCallerReachSql, inCallerUnitsSql } from '../access';
import { SavingsDayContributorKind, WomensUnionChapterLevel as Level } from '../enums';
import type { Loaders } from '../context';
import { assertNotFuture, assertUuid } from '../rules';
import { SavingsDayCampaign, SavingsDayContribution, SavingsDayTarget } from './savings-day.entity';
import type {
  LaunchSavingsDayCampaignInput,
  RecordSavingsDayContributionInput,
  SavingsDayCampaignFilter,
  SavingsDayContributionFilter,
  SetSavingsDayTargetInput,
} from './savings-day.input';

/** Total given to each campaign, one statement for all. */
export async function campaignTotals(dataSource: DataSource, ids: string[]) {
  if (!ids.length) return new Map<string, { amount: number; contributions: number }>();
  const rows: { id: string; amount: string; contributions: number }[] = await dataSource.query(
    `SELECT s.id, coalesce(sum(k.amount), 0)::bigint AS amount, count(k.id)::int AS contributions
     FROM savings_day_campaign s LEFT JOIN savings_day_contribution k ON k.campaign_id = s.id
     WHERE s.id = ANY($1::uuid[]) GROUP BY s.id`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { amount: Number(r.amount), contributions: r.contributions }]));
}

/** What each target's chapter and the chapters below it gave to the campaign, one statement for all. */
export async function targetTotals(dataSource: DataSource, ids: string[]) {
  if (!ids.length) return new Map<string, number>();
  const rows: { id: string; amount: string }[] = await dataSource.query(
    `SELECT t.id, coalesce(sum(k.amount), 0)::bigint AS amount
     FROM savings_day_target t JOIN chapter tc ON tc.id = t.chapter_id
     LEFT JOIN (savings_day_contribution k JOIN chapter c ON c.id = k.chapter_id)
       ON k.campaign_id = t.campaign_id AND c.path LIKE tc.path || '%'
     WHERE t.id = ANY($1::uuid[]) GROUP BY t.id`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, Number(r.amount)]));
}

const subtreeOf = (alias: string) =>
  `${alias}.chapter_id IN (SELECT c.id FROM chapter c JOIN chapter t ON c.path LIKE t.path || '%' WHERE t.id = :chapterId)`;

export async function listCampaigns(
  dataSource: DataSource,
  caller: Caller,
  filter: SavingsDayCampaignFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(SavingsDayCampaign)
    .createQueryBuilder('s')
    .where(inCallerReachSql('s'), { callerUnits: caller.units });
  if (filter.unitCode)
    qb.andWhere(`s.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  if (filter.year != null) qb.andWhere('s.year = :year', { year: filter.year });
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 's.year', kind: 'int', of: (s) => s.year },
        { sql: 's.unit_code', kind: 'text', of: (s) => s.unitCode },
        { sql: 's.id', kind: 'uuid', of: (s) => s.id },
      ],
    },
    first,
    after,
  );
}

export async function listContributions(
  dataSource: DataSource,
  caller: Caller,
  filter: SavingsDayContributionFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(SavingsDayContribution)
    .createQueryBuilder('k')
    .where(inCallerUnitsSql('k'), { callerUnits: caller.units });
  if (filter.campaignId) {
    assertUuid(filter.campaignId, 'filter.campaignId');
    qb.andWhere('k.campaign_id = :campaignId', { campaignId: filter.campaignId });
  }
  if (filter.unitCode)
    qb.andWhere(`k.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  if (filter.chapterId) {
    assertUuid(filter.chapterId, 'filter.chapterId');
    qb.andWhere(subtreeOf('k'), { chapterId: filter.chapterId });
  }
  if (filter.period)
    qb.andWhere('k.date BETWEEN :start AND :end', { start: filter.period.start, end: filter.period.end });
  if (filter.contributorKind)
    qb.andWhere(
      filter.contributorKind === SavingsDayContributorKind.MEMBER
        ? 'k.member_id IS NOT NULL'
        : 'k.member_id IS NULL',
    );
  return keysetPage(
    qb,
    thenById<SavingsDayContribution>('k', { sql: 'k.date', kind: 'date', of: (k) => k.date }),
    first,
    after,
  );
}

export async function launchCampaign(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: LaunchSavingsDayCampaignInput,
): Promise<SavingsDayCampaign> {
  assertUuid(input.chapterId, 'input.chapterId');
  const chapter = await loaders.chapter.load(input.chapterId);
  if (!chapter) throw new BadUserInputError(`there is no chapter ${input.chapterId}`, 'input.chapterId');
  if (chapter.level === Level.BRANCH) {
    throw new BadUserInputError(
      'campaigns are run by a province, district or commune union, not a branch',
      'input.chapterId',
    );
  }
  await assertWriterCovers(caller, loaders, chapter.unitCode);
  if (Number(input.startsOn.slice(0, 4)) !== input.year) {
    throw new BadUserInputError(`the ${input.year} campaign starts in ${input.year}`, 'input.startsOn');
  }
  if (input.endsOn < input.startsOn || Number(input.endsOn.slice(0, 4)) !== input.year) {
    throw new BadUserInputError(
      `ends between ${input.startsOn} and the end of ${input.year}`,
      'input.endsOn',
    );
  }
  try {
    return await dataSource.transaction(async (em) => {
      const repo = em.getRepository(SavingsDayCampaign);
      const existing = await repo.findOneBy({ chapterId: chapter.id, year: input.year });
      if (existing) {
        throw new ConflictError(
          `${chapter.name} already runs the ${input.year} campaign (${existing.name})`,
          'input.year',
        );
      }
      return repo.save(
        repo.create({
          chapterId: chapter.id,
          unitCode: chapter.unitCode,
          year: input.year,
          edition: input.edition ?? null,
          name: input.name.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          targetAmount: input.targetAmount ?? null,
        }),
      );
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('the chapter already runs a campaign that year', 'input.year');
    throw error;
  }
}

async function campaignOf(loaders: Loaders, id: string) {
  assertUuid(id, 'input.campaignId');
  const campaign = await loaders.campaign.load(id);
  if (!campaign) throw new BadUserInputError(`there is no campaign ${id}`, 'input.campaignId');
  const organiser = (await loaders.chapter.load(campaign.chapterId))!;
  return { campaign, organiser };
}

export async function setTarget(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: SetSavingsDayTargetInput,
): Promise<SavingsDayTarget> {
  const { campaign, organiser } = await campaignOf(loaders, input.campaignId);
  assertUuid(input.chapterId, 'input.chapterId');
  const chapter = await loaders.chapter.load(input.chapterId);
  if (!chapter) throw new BadUserInputError(`there is no chapter ${input.chapterId}`, 'input.chapterId');
  if (chapter.id === organiser.id || !chapter.path.startsWith(organiser.path)) {
    throw new BadUserInputError(
      `targets go to chapters below ${organiser.name}, which runs the campaign`,
      'input.chapterId',
    );
  }
  await assertWriterCovers(caller, loaders, chapter.unitCode);
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(SavingsDayTarget)
    .values({
      campaignId: campaign.id,
      chapterId: chapter.id,
      unitCode: chapter.unitCode,
      amount: input.amount,
    })
    .orUpdate(['amount'], ['campaign_id', 'chapter_id'])
    .execute();
  return dataSource
    .getRepository(SavingsDayTarget)
    .findOneByOrFail({ campaignId: campaign.id, chapterId: chapter.id });
}

export async function recordContribution(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: RecordSavingsDayContributionInput,
  audit?: AuditTrail,
): Promise<SavingsDayContribution> {
  const { campaign, organiser } = await campaignOf(loaders, input.campaignId);
  if (!input.chapterId === !input.memberId) {
    throw new BadUserInputError(
      'give either the contributing member or the contributing chapter',
      'input.memberId',
    );
  }
  let chapterId = input.chapterId;
  if (input.memberId) {
    assertUuid(input.memberId, 'input.memberId');
    const member = await loaders.member.load(input.memberId);
    if (!member) throw new BadUserInputError(`there is no member ${input.memberId}`, 'input.memberId');
    if (member.joinedOn > input.date || (member.leftOn && member.leftOn < input.date)) {
      throw new BadUserInputError(`she was not a member on ${input.date}`, 'input.memberId');
    }
    chapterId = member.chapterId;
  }
  assertUuid(chapterId!, 'input.chapterId');
  const chapter = await loaders.chapter.load(chapterId!);
  if (!chapter) throw new BadUserInputError(`there is no chapter ${chapterId}`, 'input.chapterId');
  if (!chapter.path.startsWith(organiser.path)) {
    throw new BadUserInputError(
      `${chapter.name} is not under ${organiser.name}, which runs the campaign`,
      input.memberId ? 'input.memberId' : 'input.chapterId',
    );
  }
  await assertWriterCovers(caller, loaders, chapter.unitCode);
  assertNotFuture(input.date, 'input.date');
  if (input.date < campaign.startsOn || input.date > campaign.endsOn) {
    throw new BadUserInputError(
      `the campaign runs from ${campaign.startsOn} to ${campaign.endsOn}`,
      'input.date',
    );
  }
  return dataSource.transaction((em) =>
    once(
      em,
      { caller, audit },
      { key: input.idempotencyKey, operation: 'recordSavingsDayContribution', request: input },
      () =>
        em.getRepository(SavingsDayContribution).save({
          campaignId: campaign.id,
          chapterId: chapter.id,
          memberId: input.memberId ?? null,
          unitCode: chapter.unitCode,
          date: input.date,
          amount: input.amount,
          note: input.note ?? null,
        }),
      { keep: keepIds, load: ([id]) => em.findOneByOrFail(SavingsDayContribution, { id }) },
    ),
  );
}
