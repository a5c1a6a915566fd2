import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, FigureDisclosure, MoneyScalar } from '@chung-tay/common';
import { SavingsLoanGroupLender, WomensUnionSupportKind } from '../enums';

// Plain data only: the figures are frozen as JSON in the union's report sections (WOMENS_UNION_PROGRESS).
// Records count for an area by their own unit code: the unit, every unit below it and, for a unit retired in
// the 2025 reform, the units that took its area over. Percentages are rounded half up to 2 decimals.

@ObjectType({
  description:
    '"5 không 3 sạch" (5 no, 3 clean) in the area: the pledges of the period\'s year as they stood on `stocksAsOf`.',
})
export class WomensUnionAreaFiveNoThreeClean {
  @Field(() => Int, { nullable: true, description: "The pledge year: the period's year." })
  year!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Chapters' pledges for the year made by `stocksAsOf`, in the area.",
  })
  pledges!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Households the chapters pledged to help: the pledges' targets added up.",
  })
  targetHouseholds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Households named on the year's pledges by `stocksAsOf` (households pledged).",
  })
  householdsPledged!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Pledged households reviewed at least once in the year by `stocksAsOf`.',
  })
  householdsReviewed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Pledged households whose latest review by `stocksAsOf` meets all 8 criteria.',
  })
  householdsMeetingAllCriteria!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Pledged households whose latest review by `stocksAsOf` meets "không đói nghèo" (no poverty).',
  })
  householdsMeetingNoHungerOrPoverty!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'householdsMeetingAllCriteria as a percentage of targetHouseholds, rounded half up to 2 decimals; null ' +
      'without a target.',
  })
  achievedPercent!: number | null;
}

@ObjectType({
  description:
    '"Savings day for poor women" (Ngày tiết kiệm vì phụ nữ nghèo) in the area, money in whole VND.',
})
export class WomensUnionAreaSavingsDay {
  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'Contributions dated in the period, by members and chapters in the area (VND).',
  })
  collectedAmount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Contributions dated in the period.' })
  contributions!: number | null;

  @Field(() => Int, { nullable: true, description: 'Members who gave in the period (each counted once).' })
  contributingMembers!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Contributions from 1 January of the period's year to `stocksAsOf` (VND).",
  })
  yearToDateAmount!: number | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description:
      "The year's target for the area (VND): for each of the year's campaigns, the targets of chapters in the " +
      "area with no chapter above them in the area holding a target of that campaign (a province union's " +
      "target covers its communes' shares, so it is not the sum of the communes' targets); null without one.",
  })
  targetAmount!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'yearToDateAmount as a percentage of targetAmount, rounded half up to 2 decimals; null without a target.',
  })
  achievedPercent!: number | null;
}

@ObjectType({ description: 'Savings-and-loan groups of one lender in the area.' })
export class WomensUnionAreaLenderGroups {
  @Field(() => SavingsLoanGroupLender, { description: 'The lender.' })
  lender!: SavingsLoanGroupLender;

  @Field(() => Int, { nullable: true, description: 'Groups formed and not dissolved on `stocksAsOf`.' })
  groups!: number | null;

  @Field(() => Int, { nullable: true, description: 'Groups formed in the period.' })
  groupsFormed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Members of those groups on `stocksAsOf`.' })
  members!: number | null;
}

@ObjectType({ description: 'Savings-and-loan groups (tổ tiết kiệm và vay vốn) run by chapters in the area.' })
export class WomensUnionAreaSavingsLoanGroups {
  @Field(() => Int, { nullable: true, description: 'Groups formed and not dissolved on `stocksAsOf`.' })
  groups!: number | null;

  @Field(() => Int, { nullable: true, description: 'Groups formed in the period.' })
  groupsFormed!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Women in those groups on `stocksAsOf`, each counted once (she may be in one group per lender).',
  })
  members!: number | null;

  @Field(() => [WomensUnionAreaLenderGroups], {
    description: 'By lender, VBSP, CEP, CWED; lenders with no group in the period left out.',
  })
  byLender!: WomensUnionAreaLenderGroups[];
}

@ObjectType({ description: 'Support of one kind given in the period in the area.' })
export class WomensUnionAreaSupportKind {
  @Field(() => WomensUnionSupportKind, { description: 'The kind of support.' })
  kind!: WomensUnionSupportKind;

  @Field(() => Int, { nullable: true, description: 'Support records dated in the period.' })
  activities!: number | null;

  @Field(() => Int, { nullable: true, description: 'Households they went to, each counted once.' })
  households!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Their value (VND).' })
  value!: number | null;
}

@ObjectType({
  description: 'Support (training, scholarships, houses, livelihood gifts) given in the period.',
})
export class WomensUnionAreaSupport {
  @Field(() => Int, { nullable: true, description: 'Support records dated in the period.' })
  activities!: number | null;

  @Field(() => Int, { nullable: true, description: 'Households supported, each counted once.' })
  households!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Value of the support (VND).' })
  value!: number | null;

  @Field(() => [WomensUnionAreaSupportKind], { description: 'By kind; kinds with none left out.' })
  byKind!: WomensUnionAreaSupportKind[];
}

@ObjectType({ description: "The union's members (hội viên) in the area's chapters." })
export class WomensUnionAreaMembership {
  @Field(() => Int, {
    nullable: true,
    description: 'Members on `stocksAsOf` (joined by then, not left by then).',
  })
  members!: number | null;

  @Field(() => Int, { nullable: true, description: 'Members who joined in the period.' })
  joined!: number | null;

  @Field(() => Int, { nullable: true, description: 'Members who left in the period.' })
  left!: number | null;
}

@ObjectType({
  description:
    "The Women's Union's work on sustainable poverty reduction in an area over a period (report section " +
    'WOMENS_UNION_PROGRESS, at 3, 6 and 9 months and the year, cumulative from January). Flows count records ' +
    'dated in the period; stocks are taken on `stocksAsOf`. Records count by their own unit: the unit, the units ' +
    'below it and, for a unit retired in 2025, the units that took its area over.',
})
export class WomensUnionAreaFigures {
  @Field(() => DateScalar, {
    description: "The day stocks are counted on: the period's last day, or today while the period runs.",
  })
  stocksAsOf!: string;

  @Field(() => WomensUnionAreaFiveNoThreeClean, {
    description: '"5 không 3 sạch" pledges of the area\'s chapters and how far they have come.',
  })
  fiveNoThreeClean!: WomensUnionAreaFiveNoThreeClean;

  @Field(() => WomensUnionAreaSavingsDay, {
    description: 'The "Savings day for poor women" campaigns of the year: target and money raised.',
  })
  savingsDay!: WomensUnionAreaSavingsDay;

  @Field(() => WomensUnionAreaSavingsLoanGroups, {
    description: 'Savings-and-loan groups (tổ tiết kiệm và vay vốn).',
  })
  savingsLoanGroups!: WomensUnionAreaSavingsLoanGroups;

  @Field(() => WomensUnionAreaSupport, {
    description: "Support the area's chapters gave in the period, by kind.",
  })
  support!: WomensUnionAreaSupport;

  @Field(() => WomensUnionAreaMembership, {
    description: "Members of the area's chapters and those in poor or near-poor households.",
  })
  membership!: WomensUnionAreaMembership;

  @Field(() => FigureDisclosure, {
    nullable: true,
    description: 'How the figures were protected for the reader.',
  })
  disclosure?: FigureDisclosure | null;
}
