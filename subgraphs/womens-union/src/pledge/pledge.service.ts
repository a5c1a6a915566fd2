import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  keysetPage,
  unitSubtreeSql,
  type Caller,
} from '@chung-tay/common';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertWriterCovers, inCallerUnitsSql, visible } from '../access';
import { WomensUnionChapterLevel as Level } from '../enums';
import type { Loaders } from '../context';
import { assertNotFuture, assertUuid } from '../rules';
import {
  FiveNoThreeCleanPledge,
  FiveNoThreeCleanPledgedHousehold,
  FiveNoThreeCleanReview,
} from './pledge.entity';
import type {
  AddFiveNoThreeCleanHouseholdsInput,
  FiveNoThreeCleanHouseholdInput,
  FiveNoThreeCleanPledgeFilter,
  PledgeFiveNoThreeCleanInput,
  RecordFiveNoThreeCleanReviewsInput,
} from './pledge.input';
import { PLEDGEABLE, pledgeDateProblem, type PledgeCounts } from './progress';

/** Latest review of each pledged household (up to a date), the basis of every progress figure. */
export const LATEST_REVIEWS = (where: string) => `SELECT DISTINCT ON (r.pledged_household_id)
    r.pledged_household_id, r.criteria_met, r.no_hunger_or_poverty
  FROM pledge_review r WHERE ${where}
  ORDER BY r.pledged_household_id, r.review_date DESC`;

/** Progress of each pledge, in one statement for all of them. */
export async function pledgeProgressFigures(
  dataSource: DataSource,
  ids: string[],
): Promise<Map<string, PledgeCounts>> {
  if (!ids.length) return new Map();
  const rows: ({ id: string } & PledgeCounts)[] = await dataSource.query(
    `WITH latest AS (${LATEST_REVIEWS('r.pledge_id = ANY($1::uuid[])')})
     SELECT p.id, p.target_households AS "targetHouseholds", count(h.id)::int AS pledged,
       count(l.pledged_household_id)::int AS reviewed,
       count(*) FILTER (WHERE l.criteria_met = 8)::int AS "meetingAllCriteria",
       count(*) FILTER (WHERE l.no_hunger_or_poverty)::int AS "meetingNoHungerOrPoverty"
     FROM pledge p
     LEFT JOIN pledged_household h ON h.pledge_id = p.id
     LEFT JOIN latest l ON l.pledged_household_id = h.id
     WHERE p.id = ANY($1::uuid[]) GROUP BY p.id`,
    [ids],
  );
  return new Map(rows.map(({ id, ...counts }) => [id, counts]));
}

export async function listPledges(
  dataSource: DataSource,
  caller: Caller,
  filter: FiveNoThreeCleanPledgeFilter,
  first: number,
  after?: string | null,
) {
  const qb = dataSource
    .getRepository(FiveNoThreeCleanPledge)
    .createQueryBuilder('p')
    .where(inCallerUnitsSql('p'), { callerUnits: caller.units });
  if (filter.unitCode)
    qb.andWhere(`p.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  if (filter.year != null) qb.andWhere('p.year = :year', { year: filter.year });
  if (filter.chapterId) {
    assertUuid(filter.chapterId, 'filter.chapterId');
    qb.andWhere(
      `p.chapter_id IN (SELECT c.id FROM chapter c JOIN chapter t ON c.path LIKE t.path || '%' WHERE t.id = :chapterId)`,
      { chapterId: filter.chapterId },
    );
  }
  return keysetPage(
    qb,
    {
      keys: [
        { sql: 'p.year', kind: 'int', of: (p) => p.year },
        { sql: 'p.unit_code', kind: 'text', of: (p) => p.unitCode },
        { sql: 'p.id', kind: 'uuid', of: (p) => p.id },
      ],
    },
    first,
    after,
  );
}

/** Checks the households named for a pledge; the register's status is taken as given (see the README). */
function checkHouseholds(households: FiveNoThreeCleanHouseholdInput[]) {
  const seen = new Set<string>();
  households.forEach((h, i) => {
    const field = `input.households[${i}]`;
    assertUuid(h.householdId, `${field}.householdId`);
    if (seen.has(h.householdId)) {
      throw new BadUserInputError('the same household is named twice', `${field}.householdId`);
    }
    seen.add(h.householdId);
    if (!PLEDGEABLE.includes(h.statusWhenPledged)) {
      throw new BadUserInputError(
        `the household is ${h.statusWhenPledged} in the register; only poor or near-poor households are pledged`,
        `${field}.statusWhenPledged`,
      );
    }
  });
}

/** A household is helped by one chapter a year. */
async function assertHouseholdsFree(
  em: EntityManager,
  year: number,
  households: FiveNoThreeCleanHouseholdInput[],
) {
  const taken = await em.getRepository(FiveNoThreeCleanPledgedHousehold).find({
    where: { year, householdId: In(households.map((h) => h.householdId)) },
  });
  if (!taken.length) return;
  const i = households.findIndex((h) => h.householdId === taken[0]!.householdId);
  throw new ConflictError(
    `the household is already pledged for ${year} (pledge ${taken[0]!.pledgeId})`,
    `input.households[${i}].householdId`,
  );
}

async function insertHouseholds(
  em: EntityManager,
  pledge: FiveNoThreeCleanPledge,
  addedOn: string,
  households: FiveNoThreeCleanHouseholdInput[],
) {
  if (!households.length) return;
  await em.getRepository(FiveNoThreeCleanPledgedHousehold).insert(
    households.map((h) => ({
      pledgeId: pledge.id,
      householdId: h.householdId,
      year: pledge.year,
      unitCode: pledge.unitCode,
      statusWhenPledged: h.statusWhenPledged,
      addedOn,
    })),
  );
}

export async function pledge(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: PledgeFiveNoThreeCleanInput,
): Promise<FiveNoThreeCleanPledge> {
  assertUuid(input.chapterId, 'input.chapterId');
  const chapter = await loaders.chapter.load(input.chapterId);
  if (!chapter) throw new BadUserInputError(`there is no chapter ${input.chapterId}`, 'input.chapterId');
  if (chapter.level !== Level.COMMUNE) {
    throw new BadUserInputError(
      `pledges are made by commune chapters (cơ sở Hội); ${chapter.name} is a ${chapter.level} chapter`,
      'input.chapterId',
    );
  }
  await assertWriterCovers(caller, loaders, chapter.unitCode);
  assertNotFuture(input.pledgedOn, 'input.pledgedOn');
  const dateProblem = pledgeDateProblem(input.year, input.pledgedOn);
  if (dateProblem) throw new BadUserInputError(dateProblem, 'input.pledgedOn');
  if (input.households.length > input.targetHouseholds) {
    throw new BadUserInputError(
      `names ${input.households.length} households, more than the ${input.targetHouseholds} pledged`,
      'input.households',
    );
  }
  checkHouseholds(input.households);
  try {
    return await dataSource.transaction(async (em) => {
      const repo = em.getRepository(FiveNoThreeCleanPledge);
      const existing = await repo.findOneBy({ chapterId: chapter.id, year: input.year });
      if (existing) {
        throw new ConflictError(
          `${chapter.name} already pledged for ${input.year} (pledge ${existing.id}); add households to it`,
          'input.year',
        );
      }
      await assertHouseholdsFree(em, input.year, input.households);
      const saved = await repo.save(
        repo.create({
          chapterId: chapter.id,
          unitCode: chapter.unitCode,
          year: input.year,
          targetHouseholds: input.targetHouseholds,
          pledgedOn: input.pledgedOn,
        }),
      );
      await insertHouseholds(em, saved, input.pledgedOn, input.households);
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('the pledge or one of its households already exists');
    throw error;
  }
}

async function pledgeToChange(caller: Caller, loaders: Loaders, pledgeId: string) {
  assertUuid(pledgeId, 'input.pledgeId');
  const found = await loaders.pledge.load(pledgeId);
  if (!found) throw new BadUserInputError(`there is no pledge ${pledgeId}`, 'input.pledgeId');
  await assertWriterCovers(caller, loaders, found.unitCode);
  return visible(caller, `Pledge ${pledgeId}`, found)!;
}

export async function addHouseholds(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: AddFiveNoThreeCleanHouseholdsInput,
): Promise<FiveNoThreeCleanPledge> {
  const found = await pledgeToChange(caller, loaders, input.pledgeId);
  assertNotFuture(input.addedOn, 'input.addedOn');
  if (input.addedOn < found.pledgedOn || Number(input.addedOn.slice(0, 4)) > found.year) {
    throw new BadUserInputError(
      `households join the ${found.year} pledge between ${found.pledgedOn} and the end of ${found.year}`,
      'input.addedOn',
    );
  }
  checkHouseholds(input.households);
  try {
    return await dataSource.transaction(async (em) => {
      // Lock the pledge so two officers adding at once cannot pass the target together.
      await em.query('SELECT id FROM pledge WHERE id = $1 FOR UPDATE', [found.id]);
      const named = await em.getRepository(FiveNoThreeCleanPledgedHousehold).countBy({ pledgeId: found.id });
      if (named + input.households.length > found.targetHouseholds) {
        throw new BadUserInputError(
          `the pledge is for ${found.targetHouseholds} households and names ${named}; ${input.households.length} more is too many`,
          'input.households',
        );
      }
      await assertHouseholdsFree(em, found.year, input.households);
      await insertHouseholds(em, found, input.addedOn, input.households);
      return found;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ConflictError('one of the households is already pledged this year');
    throw error;
  }
}

export async function recordReviews(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: RecordFiveNoThreeCleanReviewsInput,
): Promise<FiveNoThreeCleanReview[]> {
  const found = await pledgeToChange(caller, loaders, input.pledgeId);
  const households = new Map((await loaders.pledgedHouseholds.load(found.id)).map((h) => [h.householdId, h]));
  const seen = new Set<string>();
  const rows = input.reviews.map((r, i) => {
    const field = `input.reviews[${i}]`;
    assertUuid(r.householdId, `${field}.householdId`);
    const pledged = households.get(r.householdId);
    if (!pledged) {
      throw new BadUserInputError(`the household is not in this pledge`, `${field}.householdId`);
    }
    assertNotFuture(r.reviewDate, `${field}.reviewDate`);
    if (Number(r.reviewDate.slice(0, 4)) !== found.year) {
      throw new BadUserInputError(
        `a review for the ${found.year} pledge falls in ${found.year}`,
        `${field}.reviewDate`,
      );
    }
    if (r.reviewDate < pledged.addedOn) {
      throw new BadUserInputError(
        `is before the household was pledged (${pledged.addedOn})`,
        `${field}.reviewDate`,
      );
    }
    const key = `${r.householdId} ${r.reviewDate}`;
    if (seen.has(key)) throw new BadUserInputError('the household is reviewed twice on that day', field);
    seen.add(key);
    const { householdId, reviewDate, note, ...criteria } = r;
    return {
      pledgedHouseholdId: pledged.id,
      pledgeId: found.id,
      householdId,
      year: found.year,
      unitCode: found.unitCode,
      reviewDate,
      ...criteria,
      note: note ?? null,
    };
  });
  try {
    return await dataSource.transaction(async (em) => {
      const repo = em.getRepository(FiveNoThreeCleanReview);
      const clash = await repo
        .createQueryBuilder('r')
        .where(
          '(r.pledged_household_id, r.review_date) IN (SELECT * FROM unnest(:ids::uuid[], :dates::date[]))',
          { ids: rows.map((r) => r.pledgedHouseholdId), dates: rows.map((r) => r.reviewDate) },
        )
        .getOne();
      if (clash) {
        const i = rows.findIndex(
          (r) => r.pledgedHouseholdId === clash.pledgedHouseholdId && r.reviewDate === clash.reviewDate,
        );
        throw new ConflictError(
          `the household already has a review on ${clash.reviewDate}`,
          `input.reviews[${i}].reviewDate`,
        );
      }
      const { identifiers } = await repo.insert(rows);
      const ids = identifiers.map((r) => r.id as string);
      const saved = await repo.findBy({ id: In(ids) });
      return ids.map((id) => saved.find((r) => r.id === id)!);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('a household already has a review on that day');
    throw error;
  }
}
