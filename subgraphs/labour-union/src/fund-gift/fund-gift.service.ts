import { BadUserInputError, keepIds, keysetPage, once, todayInVietnam } from '@chung-tay/common';
import { assertUnionWriter } from '../access';
import { inPeriodSql, scopeQuery } from '../filters';
import type { Context } from '../context';
import { writableOrganisation } from '../union-organisation/union-organisation.service';
import { campaignWindow, isInCampaign } from './campaign';
import { FundGift } from './fund-gift.entity';
import type { FundGiftFilter, RecordFundGiftInput } from './fund-gift.input';

export async function listFundGifts(
  ctx: Context,
  filter: FundGiftFilter,
  first: number,
  after?: string | null,
) {
  const qb = scopeQuery(
    ctx.dataSource.getRepository(FundGift).createQueryBuilder('g'),
    'g',
    ctx.caller,
    filter,
  );
  if (filter.campaignYear != null) qb.andWhere('g.campaign_year = :year', { year: filter.campaignYear });
  inPeriodSql(qb, 'g.date', filter.period);
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'g.date', kind: 'date', of: (g) => g.date },
        { sql: 'g.id', kind: 'uuid', of: (g) => g.id },
      ],
      direction: 'DESC',
    },
    first,
    after,
  );
}

export async function recordFundGift(ctx: Context, input: RecordFundGiftInput) {
  assertUnionWriter(ctx.caller);
  const org = await writableOrganisation(ctx, input.unionOrganisationId, 'input.unionOrganisationId');
  const year = input.campaignYear ?? Number(input.date.slice(0, 4));
  if (!isInCampaign(input.date, year)) {
    const { start, end } = campaignWindow(year);
    throw new BadUserInputError(
      `${input.date} is outside the ${year} campaign (${start} to ${end})`,
      'input.date',
    );
  }
  if (input.date > todayInVietnam())
    throw new BadUserInputError(`${input.date} is in the future`, 'input.date');
  const saved = await ctx.dataSource.transaction((em) =>
    once(
      em,
      ctx,
      { key: input.idempotencyKey, operation: 'recordFundGift', request: input },
      () =>
        em.getRepository(FundGift).save(
          em.getRepository(FundGift).create({
            unionOrganisationId: org.id,
            unitCode: org.unitCode,
            campaignYear: year,
            date: input.date,
            contributors: input.contributors,
            amount: input.amount,
            note: input.note?.trim() || null,
          }),
        ),
      { keep: keepIds, load: ([id]) => em.findOneByOrFail(FundGift, { id }) },
    ),
  );
  return Object.assign(saved, { inCallerScope: true });
}
