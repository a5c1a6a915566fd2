import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, FigureDisclosure, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { CareActivityKind, CareFundingSource } from '../enums';
import { millionsOf } from './million';

const MILLIONS =
  'Value in million VND, to 3 decimals (rounded to the nearest 1,000 đồng, halves up, from valueVnd); null ' +
  'when valueVnd is withheld.';
const WITHHELD = ' Null when withheld from another organisation (see disclosure).';
const DISCLOSURE = {
  nullable: true,
  description:
    "How the figures were protected for the reader: exact for the Labour Union's own people, under the " +
    'threshold rule for other organisations.',
};

@ObjectType({
  description:
    'A count and a value, in đồng and in million VND: exact for the Labour Union, under the threshold rule for ' +
    'other organisations (see the report’s disclosure).',
})
export class UnionReportFigure {
  @Field(() => Int, { nullable: true, description: `The number of records.${WITHHELD}` })
  number!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: `Value in VND.${WITHHELD}` })
  valueVnd!: number | null;

  @Field(() => Float, { nullable: true, description: MILLIONS })
  get valueMillionVnd(): number | null {
    return millionsOf(this.valueVnd);
  }
}

export const figure = (number: number, valueVnd: number) =>
  Object.assign(new UnionReportFigure(), { number, valueVnd });

@ObjectType({
  description: 'One row of the For-the-Poor campaign report (Stt 1, 2, 2.1, 2.2 of the template).',
})
export class UnionFundReportRow extends UnionReportFigure {
  @Field({ description: 'Row number in the template: 1, 2, 2.1 or 2.2.' })
  line!: string;

  @Field({ description: 'The row title as the template words it (Vietnamese).' })
  title!: string;

  @Field({ description: 'What the row counts (English).' })
  counts!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Ghi chú: what the figures are made of (exact sub-counts: null for other organisations).',
  })
  note!: string | null;
}

@ObjectType({
  description:
    'Result of the campaign for the For-the-Poor fund (seed 001: "Kết quả vận động CNVCLĐ ủng hộ Quỹ Vì người ' +
    'nghèo và thực hiện chương trình an sinh xã hội"), computed from the records.',
})
export class UnionFundReport {
  @Field(() => PeriodScalar, { description: 'The period reported.' })
  period!: Period;

  @Field(() => ID, {
    nullable: true,
    description: 'The union organisation reported on, with the unions below it.',
  })
  unionOrganisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit reported on, with the units below it.' })
  unitCode!: string | null;

  @Field(() => DateScalar, { description: "Start of the year's campaign (17 October)." })
  campaignStartDate!: string;

  @Field(() => DateScalar, { description: "End of the year's campaign (18 November)." })
  campaignEndDate!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'For a yearly report: due to the province federation by 30 November.',
  })
  dueDate!: string | null;

  @Field(() => [UnionFundReportRow], { description: 'Rows 1, 2, 2.1, 2.2 in that order.' })
  rows!: UnionFundReportRow[];

  @Field(() => FigureDisclosure, DISCLOSURE)
  disclosure?: FigureDisclosure | null;
}

@ObjectType({ description: 'Care of one kind.' })
export class UnionCareByKind extends UnionReportFigure {
  @Field(() => CareActivityKind, { description: 'The kind of care.' })
  kind!: CareActivityKind;
}

@ObjectType({ description: 'Care paid from one source.' })
export class UnionCareBySource extends UnionReportFigure {
  @Field(() => CareFundingSource, { description: 'The source.' })
  fundingSource!: CareFundingSource;
}

@ObjectType({
  description:
    'The quarterly report on caring for poor and near-poor households with union members, sent to the city or ' +
    'province federation (seed 000); any period code works.',
})
export class UnionCareReport {
  @Field(() => PeriodScalar, { description: 'The period reported.' })
  period!: Period;

  @Field(() => ID, {
    nullable: true,
    description: 'The union organisation reported on, if one was asked for.',
  })
  unionOrganisationId!: string | null;

  @Field(() => String, { nullable: true, description: 'The unit reported on, if one was asked for.' })
  unitCode!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Households with a care plan in force during the period.${WITHHELD}`,
  })
  householdsWithPlans!: number | null;

  @Field(() => Int, { nullable: true, description: `… of them listed as poor.${WITHHELD}` })
  poorHouseholdsListed!: number | null;

  @Field(() => Int, { nullable: true, description: `… of them listed as near-poor.${WITHHELD}` })
  nearPoorHouseholdsListed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Active union members living in those households.${WITHHELD}`,
  })
  membersInPlannedHouseholds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Households that received care in the period.${WITHHELD}`,
  })
  householdsReached!: number | null;

  @Field(() => Int, { nullable: true, description: `Members named in care given in the period.${WITHHELD}` })
  membersReached!: number | null;

  @Field(() => UnionReportFigure, { description: 'All visits and gifts in the period.' })
  care!: UnionReportFigure;

  @Field(() => [UnionCareByKind], { description: 'Every kind, zeros included.' })
  careByKind!: UnionCareByKind[];

  @Field(() => [UnionCareBySource], { description: 'Every funding source, zeros included.' })
  careByFundingSource!: UnionCareBySource[];

  @Field(() => UnionReportFigure, { description: 'Union house grants approved in the period (any source).' })
  housesApproved!: UnionReportFigure;

  @Field(() => UnionReportFigure, {
    description: 'Union houses handed over in the period (value: their grants).',
  })
  housesCompleted!: UnionReportFigure;

  @Field(() => UnionReportFigure, {
    description: "Workers' gifts to the For-the-Poor fund in the period (number: workers who gave).",
  })
  fundGifts!: UnionReportFigure;

  @Field(() => FigureDisclosure, DISCLOSURE)
  disclosure?: FigureDisclosure | null;
}
