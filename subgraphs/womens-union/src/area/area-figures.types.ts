import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar, MoneyScalar } from '@chung-tay/common';
import { SavingsLoanGroupLender, WomensUnionSupportKind } from '../enums';

// Plain data only: the figures are frozen as JSON in the union's report sections (WOMENS_UNION_PROGRESS).
// Records count for an area by their own unit code: the unit, every unit below it and, for a unit retired in
// the 2025 reform, the units that took its area over. Percentages are rounded half up to 2 decimals.

@ObjectType({
  description:
    '"5 không 3 sạch" (5 no, 3 clean) in the area: the pledges of the period\'s year as they stood on `stocksAsOf`.',
})
export class WomensUnionAreaFiveNoThreeClean {
  @Field(() => Int, { description: "The pledge year: the period's year." })
  year!: number;

  @Field(() => Int, { description: "Chapters' pledges for the year made by `stocksAsOf`, in the area." })
  pledges!: number;

  @Field(() => Int, {
    description: "Households the chapters pledged to help: the pledges' targets added up.",
  })
  targetHouseholds!: number;

  @Field(() => Int, {
    description: "Households named on the year's pledges by `stocksAsOf` (households pledged).",
  })
  householdsPledged!: number;

  @Field(() => Int, { description: 'Pledged households reviewed at least once in the year by `stocksAsOf`.' })
  householdsReviewed!: number;

  @Field(() => Int, {
    description: 'Pledged households whose latest review by `stocksAsOf` meets all 8 criteria.',
  })
  householdsMeetingAllCriteria!: number;

  @Field(() => Int, {
    description:
      'Pledged households whose latest review by `stocksAsOf` meets "không đói nghèo" (no poverty).',
  })
  householdsMeetingNoHungerOrPoverty!: number;

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
    description: 'Contributions dated in the period, by members and chapters in the area (VND).',
  })
  collectedAmount!: number;

  @Field(() => Int, { description: 'Contributions dated in the period.' })
  contributions!: number;

  @Field(() => Int, { description: 'Members who gave in the period (each counted once).' })
  contributingMembers!: number;

  @Field(() => MoneyScalar, {
    description: "Contributions from 1 January of the period's year to `stocksAsOf` (VND).",
  })
  yearToDateAmount!: number;

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
  @Field(() => SavingsLoanGroupLender)
  lender!: SavingsLoanGroupLender;

  @Field(() => Int, { description: 'Groups formed and not dissolved on `stocksAsOf`.' })
  groups!: number;

  @Field(() => Int, { description: 'Groups formed in the period.' })
  groupsFormed!: number;

  @Field(() => Int, { description: 'Members of those groups on `stocksAsOf`.' })
  members!: number;
}

@ObjectType({ description: 'Savings-and-loan groups (tổ tiết kiệm và vay vốn) run by chapters in the area.' })
export class WomensUnionAreaSavingsLoanGroups {
  @Field(() => Int, { description: 'Groups formed and not dissolved on `stocksAsOf`.' })
  groups!: number;

  @Field(() => Int, { description: 'Groups formed in the period.' })
  groupsFormed!: number;

  @Field(() => Int, {
    description:
      'Women in those groups on `stocksAsOf`, each counted once (she may be in one group per lender).',
  })
  members!: number;

  @Field(() => [WomensUnionAreaLenderGroups], {
    description: 'By lender, VBSP, CEP, CWED; lenders with no group in the period left out.',
  })
  byLender!: WomensUnionAreaLenderGroups[];
}

@ObjectType({ description: 'Support of one kind given in the period in the area.' })
export class WomensUnionAreaSupportKind {
  @Field(() => WomensUnionSupportKind)
  kind!: WomensUnionSupportKind;

  @Field(() => Int, { description: 'Support records dated in the period.' })
  activities!: number;

  @Field(() => Int, { description: 'Households they went to, each counted once.' })
  households!: number;

  @Field(() => MoneyScalar, { description: 'Their value (VND).' })
  value!: number;
}

@ObjectType({
  description: 'Support (training, scholarships, houses, livelihood gifts) given in the period.',
})
export class WomensUnionAreaSupport {
  @Field(() => Int, { description: 'Support records dated in the period.' })
  activities!: number;

  @Field(() => Int, { description: 'Households supported, each counted once.' })
  households!: number;

  @Field(() => MoneyScalar, { description: 'Value of the support (VND).' })
  value!: number;

  @Field(() => [WomensUnionAreaSupportKind], { description: 'By kind; kinds with none left out.' })
  byKind!: WomensUnionAreaSupportKind[];
}

@ObjectType({ description: "The union's members (hội viên) in the area's chapters." })
export class WomensUnionAreaMembership {
  @Field(() => Int, { description: 'Members on `stocksAsOf` (joined by then, not left by then).' })
  members!: number;

  @Field(() => Int, { description: 'Members who joined in the period.' })
  joined!: number;

  @Field(() => Int, { description: 'Members who left in the period.' })
  left!: number;
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

  @Field(() => WomensUnionAreaFiveNoThreeClean)
  fiveNoThreeClean!: WomensUnionAreaFiveNoThreeClean;

  @Field(() => WomensUnionAreaSavingsDay)
  savingsDay!: WomensUnionAreaSavingsDay;

  @Field(() => WomensUnionAreaSavingsLoanGroups)
  savingsLoanGroups!: WomensUnionAreaSavingsLoanGroups;

  @Field(() => WomensUnionAreaSupport)
  support!: WomensUnionAreaSupport;

  @Field(() => WomensUnionAreaMembership)
  membership!: WomensUnionAreaMembership;
}
