import { BadUserInputError, isUuid, unitSubtreeSql, type Caller, type Period } from '@chung-tay/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { inCallerUnitsSql, organisationSubtreeSql } from './access';

/** Filters every list of union records offers: by unit and by union organisation, each with what lies below. */
export interface PlaceFilter {
  unitCode?: string;
  unionOrganisationId?: string;
}

/**
 * Keeps a list to the caller's units, then to the unit asked for and everything below it, and to the union
 * organisation asked for and every organisation below it.
 */
export function scopeQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  caller: Caller,
  filter: PlaceFilter,
  organisationColumn = 'union_organisation_id',
): SelectQueryBuilder<T> {
  qb.where(inCallerUnitsSql(alias), { callerUnits: caller.units });
  if (filter.unitCode) {
    qb.andWhere(`${alias}.unit_code IN (${unitSubtreeSql('code = :unitCode', 'unit_tree')})`, {
      unitCode: filter.unitCode,
    });
  }
  if (filter.unionOrganisationId) {
    if (!isUuid(filter.unionOrganisationId)) {
      throw new BadUserInputError('is not a union organisation id', 'filter.unionOrganisationId');
    }
    qb.andWhere(`${alias}.${organisationColumn} IN (${organisationSubtreeSql('withinOrganisation')})`, {
      withinOrganisation: filter.unionOrganisationId,
    });
  }
  return qb;
}

/** Rows whose `column` (a date) falls inside the period. */
export function inPeriodSql<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  period: Period | undefined | null,
  name = 'period',
): SelectQueryBuilder<T> {
  if (period) {
    qb.andWhere(`${column} BETWEEN :${name}Start AND :${name}End`, {
      [`${name}Start`]: period.start,
      [`${name}End`]: period.end,
    });
  }
  return qb;
}
