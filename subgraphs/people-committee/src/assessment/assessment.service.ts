import {
  BadUserInputError,
  ConflictError,
  isUniqueViolation,
  NotFoundError,
  todayInVietnam,
  type Caller,
} from '@chung-tay/common';
import type { DataSource } from 'typeorm';
import { assertCallerCoversUnit, unitLineage } from '../administrative-unit/unit-scope';
import { HouseholdStatus, ReviewKind, StatusChangeReason } from '../enums';
import { Household } from '../household/household.entity';
import { HouseholdStatusChange } from '../household/household-status-change.entity';
import type { Loaders } from '../context';
import { PovertyStandard } from '../poverty-standard/poverty-standard.entity';
import { Assessment } from './assessment.entity';
import type { RecordAssessmentInput } from './assessment.input';
import { classifyHousehold } from './classify';
import { nextHouseholdStatus, poorCategoryFor } from './household-status';

/** Periodic review window of Decision 24/2021/QĐ-TTg: 1 September to 14 December. */
export function isInPeriodicReviewWindow(reviewDate: string, reviewYear: number): boolean {
  return reviewDate >= `${reviewYear}-09-01` && reviewDate <= `${reviewYear}-12-14`;
}

async function chooseStandard(
  dataSource: DataSource,
  code: string | undefined,
  provinceCode: string,
  date: string,
) {
  const repo = dataSource.getRepository(PovertyStandard);
  if (code) {
    const standard = await repo.findOneBy({ code });
    if (!standard) throw new BadUserInputError(`there is no poverty standard ${code}`, 'input.standardCode');
    if (date < standard.validFrom || date > standard.validTo) {
      throw new BadUserInputError(
        `${code} applies from ${standard.validFrom} to ${standard.validTo}, not on ${date}`,
        'input.standardCode',
      );
    }
    if (standard.provinceCode && standard.provinceCode !== provinceCode) {
      throw new BadUserInputError(
        `${code} is province ${standard.provinceCode}'s own standard`,
        'input.standardCode',
      );
    }
    return standard;
  }
  const candidates = await repo
    .createQueryBuilder('s')
    .where(':date BETWEEN s.valid_from AND s.valid_to', { date })
    .andWhere('(s.province_code IS NULL OR s.province_code = :provinceCode)', { provinceCode })
    .orderBy('s.province_code', 'ASC', 'NULLS LAST')
    .getMany();
  if (!candidates[0])
    throw new BadUserInputError(`no poverty standard applies on ${date}`, 'input.reviewDate');
  return candidates[0];
}

export async function recordAssessment(
  dataSource: DataSource,
  caller: Caller,
  loaders: Loaders,
  input: RecordAssessmentInput,
): Promise<Assessment> {
  const household = await loaders.household.load(input.householdId);
  if (!household) throw new NotFoundError('Household', input.householdId);
  await assertCallerCoversUnit(caller, loaders, household.unitCode);
  const reviewYear = input.reviewYear ?? Number(input.reviewDate.slice(0, 4));
  if (input.reviewDate > todayInVietnam()) {
    throw new BadUserInputError(`${input.reviewDate} is in the future`, 'input.reviewDate');
  }
  if (input.reviewKind === ReviewKind.PERIODIC && !isInPeriodicReviewWindow(input.reviewDate, reviewYear)) {
    throw new BadUserInputError(
      `a periodic review of ${reviewYear} takes place between ${reviewYear}-09-01 and ${reviewYear}-12-14`,
      'input.reviewDate',
    );
  }
  if (input.reviewDate < household.statusSince) {
    throw new BadUserInputError(
      `the household's current status dates from ${household.statusSince}; record reviews in date order`,
      'input.reviewDate',
    );
  }
  const lineage = await unitLineage(loaders, household.unitCode);
  const province = await loaders.unit.load(lineage.at(-1)!);
  const standard = await chooseStandard(dataSource, input.standardCode, province!.code, input.reviewDate);
  const unknown = input.deprivations.filter((d) => !standard.indicators.includes(d));
  if (unknown.length) {
    throw new BadUserInputError(
      `${unknown.join(', ')} is not an indicator of ${standard.code}`,
      'input.deprivations',
    );
  }
  const result = classifyHousehold(
    standard,
    household.areaType,
    input.incomePerPersonMonth,
    input.deprivations,
  );
  const status = nextHouseholdStatus(
    { status: household.status, since: household.statusSince },
    result.classification,
    input.reviewDate,
  );
  if (input.poorCategory && (status !== HouseholdStatus.POOR || !province!.usesPoorCategories)) {
    throw new BadUserInputError(
      'a poor category (A/B) applies only when the review finds the household POOR in a province that splits them',
      'input.poorCategory',
    );
  }
  const poorCategory = poorCategoryFor(
    status,
    province!.usesPoorCategories,
    household.socialProtection,
    input.poorCategory,
  );

  try {
    const saved = await dataSource.transaction(async (em) => {
      // The status was worked out from the household as read above: if another review or an edit changed it
      // meanwhile, this review would overwrite that one's outcome. Lock the row and check it has not moved.
      const [current] = (await em.query('SELECT version FROM household WHERE id = $1 FOR UPDATE', [
        household.id,
      ])) as { version: number }[];
      if (current!.version !== household.version) {
        throw new ConflictError(
          `the household was reviewed or changed by someone else while this review was recorded (version ` +
            `${current!.version} now, ${household.version} when read); reload it and record the review again`,
          'input.householdId',
        );
      }
      const assessment = await em.getRepository(Assessment).save(
        em.getRepository(Assessment).create({
          householdId: household.id,
          reviewKind: input.reviewKind,
          reviewYear,
          reviewDate: input.reviewDate,
          incomePerPersonMonth: input.incomePerPersonMonth,
          deprivations: [...new Set(input.deprivations)],
          deprivationCount: result.deprivationCount,
          standardCode: standard.code,
          classification: result.classification,
          resultingStatus: status,
          poorCategory,
        }),
      );
      if (status !== household.status || poorCategory !== household.poorCategory) {
        const since = status !== household.status ? input.reviewDate : household.statusSince;
        await em
          .getRepository(Household)
          .update(household.id, { status, poorCategory, statusSince: since, version: () => 'version + 1' });
        await em.getRepository(HouseholdStatusChange).insert({
          householdId: household.id,
          status,
          poorCategory,
          effectiveDate: input.reviewDate,
          assessmentId: assessment.id,
          reason:
            input.reviewKind === ReviewKind.PERIODIC
              ? StatusChangeReason.PERIODIC_REVIEW
              : StatusChangeReason.AD_HOC_REVIEW,
        });
      }
      return assessment;
    });
    loaders.household.clear(household.id); // later fields of this request must see the new status
    return saved;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(
        `the household already has a periodic review for ${reviewYear}`,
        'input.reviewYear',
      );
    }
    throw error;
  }
}
