import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { DateScalar, IdempotencyKeyField, MoneyScalar, Period, PeriodScalar } from '@chung-tay/common';
import { SavingsDayContributorKind } from '../enums';

@InputType({ description: 'A new "Savings day for poor women" campaign.' })
export class LaunchSavingsDayCampaignInput {
  @Field(() => ID, { description: 'The chapter that runs it (a province, district or commune union).' })
  chapterId!: string;

  @Field(() => Int, { description: "The campaign's year." })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'e.g. 30 for the 30th campaign (2025).' })
  @IsOptional()
  @Min(1)
  @Max(200)
  edition?: number;

  @Field({ description: 'e.g. Ngày tiết kiệm vì phụ nữ nghèo 2025.' })
  @Length(3, 200, { message: 'name must be 3 to 200 characters' })
  name!: string;

  @Field(() => DateScalar, { description: 'First day of the campaign.' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day of the campaign.' })
  endsOn!: string;

  @Field(() => MoneyScalar, { nullable: true, description: 'The target the level above gave (VND).' })
  @IsOptional()
  @Min(1, { message: 'target amount must be positive' })
  targetAmount?: number;
}

@InputType({
  description: "A chapter's target in a campaign run by a chapter above it (replaces an earlier one).",
})
export class SetSavingsDayTargetInput {
  @Field(() => ID, { description: 'Id of the campaign.' })
  campaignId!: string;

  @Field(() => ID, { description: "Id of the Women's Union chapter." })
  chapterId!: string;

  @Field(() => MoneyScalar, { description: 'The target, in whole đồng.' })
  @Min(1, { message: 'target amount must be positive' })
  amount!: number;
}

@InputType({
  description: 'Money given to a campaign: by a member (memberId) or by a chapter as a whole (chapterId).',
})
export class RecordSavingsDayContributionInput {
  @Field(() => ID, { description: 'Id of the campaign.' })
  campaignId!: string;

  @Field(() => ID, { nullable: true, description: "Id of the Women's Union chapter." })
  @IsOptional()
  chapterId?: string;

  @Field(() => ID, { nullable: true, description: 'Id of the member.' })
  @IsOptional()
  memberId?: string;

  @Field(() => DateScalar, { description: "Within the campaign's dates." })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Whole đồng, above 0.' })
  @Min(1, { message: 'amount must be positive' })
  amount!: number;

  @Field(() => String, { nullable: true, description: "Free text, seen by the Women's Union only." })
  @IsOptional()
  @MaxLength(300)
  note?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'Which campaigns to list.' })
export class SavingsDayCampaignFilter {
  @Field({ nullable: true, description: 'Campaigns run by chapters on this unit and below.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => Int, { nullable: true, description: "Only this year's." })
  @IsOptional()
  year?: number;
}

@InputType({ description: 'Which contributions to list. Every condition given must hold.' })
export class SavingsDayContributionFilter {
  @Field(() => ID, { nullable: true, description: "Only this campaign's." })
  @IsOptional()
  campaignId?: string;

  @Field({ nullable: true, description: 'Contributions of chapters on this unit and below.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Contributions of this chapter and the chapters below it.',
  })
  @IsOptional()
  chapterId?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'Contributions dated in this period.' })
  @IsOptional()
  period?: Period;

  @Field(() => SavingsDayContributorKind, {
    nullable: true,
    description: 'Only contributions by members, or only by chapters as a whole.',
  })
  @IsOptional()
  contributorKind?: SavingsDayContributorKind;
}
