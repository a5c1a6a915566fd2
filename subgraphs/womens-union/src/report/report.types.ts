import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Period } from '@chung-tay/common';
import { MoneyScalar } from '@chung-tay/common';
import { SavingsLoanGroupLender, WomensUnionChapterLevel, WomensUnionSupportKind } from '../enums';

@ObjectType({
  description:
    "A chapter's periodic report on sustainable poverty reduction (3, 6, 9 months and the year, cumulative from " +
    'January), computed from its records and those of the chapters below it.',
})
export class WomensUnionReport {
  @Field(() => ID, { description: '<chapter id>:<period code>' })
  id!: string;

  chapterId!: string;
  periodValue!: Period;
}

@ObjectType({ description: '"5 không 3 sạch" in the report: pledges of the year as of the period\'s end.' })
export class WomensUnionReportFiveNoThreeClean {
  @Field(() => Int, { description: 'Pledges made by the chapter and the chapters below it.' })
  pledges!: number;
  @Field(() => Int, { description: 'Households pledged (the targets added up).' })
  targetHouseholds!: number;
  @Field(() => Int, { description: 'Households named on the pledges.' })
  pledged!: number;
  @Field(() => Int)
  reviewed!: number;
  @Field(() => Int, { description: 'Households whose latest review by the period end meets all 8 criteria.' })
  meetingAllCriteria!: number;
  @Field(() => Int, { description: 'Households whose latest review meets "không đói nghèo".' })
  meetingNoHungerOrPoverty!: number;
  @Field(() => Float, { nullable: true, description: 'Meeting all 8 as a percentage of the target.' })
  achievedPercent!: number | null;
}

@ObjectType({ description: '"Savings day for poor women" in the report: money given in the period.' })
export class WomensUnionReportSavingsDay {
  @Field(() => MoneyScalar, {
    nullable: true,
    description: "The chapter's target for the year's campaign(s), if it was given one.",
  })
  targetAmount!: number | null;
  @Field(() => MoneyScalar)
  contributedAmount!: number;
  @Field(() => Int)
  contributions!: number;
  @Field(() => Int)
  contributingMembers!: number;
  @Field(() => Float, { nullable: true, description: 'Contributed as a percentage of the target.' })
  achievedPercent!: number | null;
}

@ObjectType({ description: 'Savings-and-loan groups of one lender in the report.' })
export class WomensUnionReportSavingsLoanGroups {
  @Field(() => SavingsLoanGroupLender)
  lender!: SavingsLoanGroupLender;
  @Field(() => Int, { description: 'Groups formed and not dissolved at the period end.' })
  groups!: number;
  @Field(() => Int, { description: 'Groups formed in the period.' })
  formed!: number;
  @Field(() => Int, { description: 'Their members at the period end.' })
  members!: number;
}

@ObjectType({ description: 'Support of one kind given in the period.' })
export class WomensUnionReportSupport {
  @Field(() => WomensUnionSupportKind)
  kind!: WomensUnionSupportKind;
  @Field(() => Int)
  activities!: number;
  @Field(() => Int)
  households!: number;
  @Field(() => MoneyScalar)
  value!: number;
}

@ObjectType({ description: 'Members in the report.' })
export class WomensUnionReportMembership {
  @Field(() => Int, { description: 'Members at the period end.' })
  members!: number;
  @Field(() => Int, { description: 'Joined in the period.' })
  joined!: number;
  @Field(() => Int, { description: 'Left in the period.' })
  left!: number;
}

@InputType({ description: 'Which chapters to report on.' })
export class WomensUnionReportFilter {
  @Field({ nullable: true, description: 'Chapters on this unit and below.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => WomensUnionChapterLevel, { defaultValue: WomensUnionChapterLevel.COMMUNE })
  level!: WomensUnionChapterLevel;
}
