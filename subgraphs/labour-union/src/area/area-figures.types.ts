import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, FigureDisclosure, MoneyScalar } from '@chung-tay/common';
import { CareActivityKind, CareFundingSource } from '../enums';

// Plain data only (no getters, no field resolvers): a report freezes these figures as JSON and serves them back.

const AREA =
  'of the union organisations placed on the unit or on any unit below it (for a unit retired in 2025: on its successors)';

@ObjectType({ description: 'A number and its value in whole VND.' })
export class LabourUnionNumberAndValue {
  @Field(() => Int, { nullable: true, description: 'How many.' })
  number!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Whole VND.' })
  valueVnd!: number | null;
}

@ObjectType({
  description:
    "Union members in poor and near-poor households, as of the day the figures are taken (`asOf`). The union's " +
    "register links a member to the People's Committee's household by the ids registerMatch returned (match on " +
    "national ID); whether that household is poor or near-poor is what the social-affairs office's list said, " +
    'as the union recorded it in a care plan (danh sách hộ nghèo, cận nghèo có thành viên là đoàn viên).',
})
export class LabourUnionMemberFigures {
  @Field(() => Int, {
    nullable: true,
    description:
      `Members ${AREA} who were active (đang sinh hoạt) on asOf: joined by then, and either active now since ` +
      'a date up to asOf, or not active now since a date after asOf (the register keeps only the current status).',
  })
  active!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Of the active members, those linked to a household of the People's Committee's register.",
  })
  linked!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Active linked members whose household had a care plan in force on asOf (list counted by then, plan not ' +
      'closed by then) with the newest such list giving the household as poor (hộ nghèo).',
  })
  inPoorHouseholds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The same for households the newest list in force gave as near-poor.',
  })
  inNearPoorHouseholds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'inPoorHouseholds + inNearPoorHouseholds: members in poor or near-poor households.',
  })
  inPoorOrNearPoorHouseholds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct poor households those members live in.' })
  poorHouseholds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct near-poor households those members live in.' })
  nearPoorHouseholds!: number | null;
}

@ObjectType({ description: 'Care of one kind given in the period.' })
export class LabourUnionCareOfKind extends LabourUnionNumberAndValue {
  @Field(() => CareActivityKind, { description: 'The kind of care.' })
  kind!: CareActivityKind;
}

@ObjectType({ description: 'Care paid from one source in the period.' })
export class LabourUnionCareFromSource extends LabourUnionNumberAndValue {
  @Field(() => CareFundingSource, { description: 'The source.' })
  fundingSource!: CareFundingSource;
}

@ObjectType({
  description: `Care (visits and gifts, thăm hỏi, tặng quà) ${AREA}, dated inside the period.`,
})
export class LabourUnionCareFigures {
  @Field(() => Int, { nullable: true, description: 'Care activities recorded (one visit or gift each).' })
  number!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Their value, whole VND (money and gifts).' })
  valueVnd!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Distinct register households named in them (members' or directly).",
  })
  householdsReached!: number | null;

  @Field(() => Int, { nullable: true, description: 'Distinct union members named in them.' })
  membersReached!: number | null;

  @Field(() => [LabourUnionCareOfKind], {
    description: 'By kind: VISIT, TET_GIFT, HOLIDAY_GIFT, OTHER, in that order, zeros included.',
  })
  byKind!: LabourUnionCareOfKind[];

  @Field(() => [LabourUnionCareFromSource], {
    description: 'By funding source: UNION_FUND, FOR_THE_POOR_FUND, SPONSOR, in that order, zeros included.',
  })
  byFundingSource!: LabourUnionCareFromSource[];
}

@ObjectType({
  description: 'Union house grants, all of them and split into houses built and houses repaired.',
})
export class LabourUnionHouseFlow extends LabourUnionNumberAndValue {
  @Field(() => LabourUnionNumberAndValue, { description: 'New houses (xây mới): grants and their value.' })
  built!: LabourUnionNumberAndValue;

  @Field(() => LabourUnionNumberAndValue, { description: 'Repairs (sửa chữa): grants and their value.' })
  repaired!: LabourUnionNumberAndValue;
}

@ObjectType({
  description:
    `"Mái ấm công đoàn" grants ${AREA}, from any funding source. Cancelled grants count nowhere; the value is ` +
    'the grant in whole VND.',
})
export class LabourUnionHouseFigures {
  @Field(() => LabourUnionHouseFlow, { description: 'Grants approved in the period.' })
  approved!: LabourUnionHouseFlow;

  @Field(() => LabourUnionHouseFlow, { description: 'Houses handed over (completed) in the period.' })
  completed!: LabourUnionHouseFlow;
}

@ObjectType({
  description:
    'One row of the For-the-Poor campaign report (seed 001, "Kết quả vận động CNVCLĐ ủng hộ Quỹ Vì người ' +
    `nghèo"), ${AREA}, for records dated inside the period.`,
})
export class LabourUnionFundRow {
  @Field({
    description:
      "Stt: 1 workers' gifts to the fund (number: workers who gave, summed over the handovers; value: the " +
      'amount); 2 support paid from the fund, 2.1 + 2.2; 2.1 union houses granted from the fund, approved in the ' +
      'period (number: grants; value: grant amounts); 2.2 visits and gifts paid from the fund (number: visits ' +
      'and gifts; value: their value).',
  })
  line!: string;

  @Field({ description: 'Tên chỉ tiêu: the row title as the template words it.' })
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Số lượng (see line).' })
  number!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Giá trị, exact, whole VND.' })
  valueVnd!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Giá trị (triệu đồng): valueVnd in million VND to 3 decimals, nearest 1,000 đồng, halves up.',
  })
  valueMillionVnd!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Ghi chú: handovers and unions (row 1), new and repaired houses (2.1), visits and gifts (2.2).',
  })
  note!: string | null;
}

@ObjectType({
  description:
    "The Labour Union's indicators for an area and a period: members in poor and near-poor households (as of " +
    'asOf), care given and union houses (records dated inside the period), and the rows of the For-the-Poor ' +
    'campaign report (seed 001). Sections UNION_CARE (quarterly) and UNION_FUND (yearly, due 30 November) freeze ' +
    'these figures.',
})
export class LabourUnionAreaFigures {
  @Field(() => DateScalar, {
    description: "The day stocks are taken: the period's last day, or today if the period has not ended.",
  })
  asOf!: string;

  @Field(() => LabourUnionMemberFigures, {
    description: 'Union members in poor and near-poor households of the area.',
  })
  members!: LabourUnionMemberFigures;

  @Field(() => LabourUnionCareFigures, {
    description: 'Care given in the period, by kind and by funding source.',
  })
  care!: LabourUnionCareFigures;

  @Field(() => LabourUnionHouseFigures, {
    description: 'Union houses (Mái ấm công đoàn) granted in the period.',
  })
  houses!: LabourUnionHouseFigures;

  @Field(() => [LabourUnionFundRow], { description: 'Rows 1, 2, 2.1 and 2.2 of seed 001, in that order.' })
  fund!: LabourUnionFundRow[];

  @Field(() => FigureDisclosure, {
    nullable: true,
    description: 'How the figures were protected for the reader.',
  })
  disclosure?: FigureDisclosure | null;
}
