import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PeriodScalar, type Period } from '@chung-tay/common';
import type { Context } from '../context';
import { UnionCareReport, UnionFundReport } from './report.types';
import { unionCareReport, unionFundReport } from './report.service';
import { careReportFor, fundReportFor } from './report-disclosure';

@Resolver()
export class UnionReportResolver {
  @Query(() => UnionFundReport, {
    description:
      'The For-the-Poor campaign report of a union organisation (with the unions below it) or of a unit (with the ' +
      'units below it) for a period: rows 1, 2, 2.1, 2.2, each a number and a value in VND and in million VND. ' +
      'Give exactly one of unionOrganisationId and unitCode. Exact for the Labour Union; other organisations get ' +
      'the figures under the threshold rule (see disclosure).',
  })
  async unionFundReport(
    @Arg('unionOrganisationId', () => ID, {
      nullable: true,
      description: 'The union organisation reported on (give this or unitCode).',
    })
    unionOrganisationId: string | null,
    @Arg('unitCode', () => String, {
      nullable: true,
      description: 'GSO code of a unit the caller works for (or one below it).',
    })
    unitCode: string | null,
    @Arg('period', () => PeriodScalar, {
      description: 'A period code, e.g. 2025, 2025-Q1, 2025-07, 2025-6M or 2025-9M.',
    })
    period: Period,
    @Ctx() ctx: Context,
  ) {
    return fundReportFor(ctx.caller, await unionFundReport(ctx, unionOrganisationId, unitCode, period));
  }

  @Query(() => UnionCareReport, {
    description:
      'The report on caring for poor and near-poor households with union members, sent quarterly to the city or ' +
      'province federation (use a quarter such as 2025-Q1; any period code works). Give exactly one of ' +
      'unionOrganisationId and unitCode. Exact for the Labour Union; other organisations get the figures under the ' +
      'threshold rule (see disclosure).',
  })
  async unionCareReport(
    @Arg('unionOrganisationId', () => ID, {
      nullable: true,
      description: 'The union organisation reported on (give this or unitCode).',
    })
    unionOrganisationId: string | null,
    @Arg('unitCode', () => String, {
      nullable: true,
      description: 'GSO code of a unit the caller works for (or one below it).',
    })
    unitCode: string | null,
    @Arg('period', () => PeriodScalar, {
      description: 'A period code, e.g. 2025, 2025-Q1, 2025-07, 2025-6M or 2025-9M.',
    })
    period: Period,
    @Ctx() ctx: Context,
  ) {
    return careReportFor(ctx.caller, await unionCareReport(ctx, unionOrganisationId, unitCode, period));
  }
}
