import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { DateScalar, MoneyScalar } from '@chung-tay/common';
import { DeprivationIndicator, PoorCategory, ReviewKind } from '../enums';

@InputType({ description: 'The result of reviewing one household.' })
export class RecordAssessmentInput {
  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  householdId!: string;

  @Field(() => ReviewKind, { description: 'Periodic (yearly, 1 Sep–14 Dec) or ad hoc (monthly).' })
  reviewKind!: ReviewKind;

  @Field(() => DateScalar, { description: 'The day of the review.' })
  reviewDate!: string;

  @Field(() => Int, { nullable: true, description: 'Defaults to the year of the review date.' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  reviewYear?: number;

  @Field(() => MoneyScalar, { description: 'Average income per person per month (VND).' })
  @Min(0, { message: 'income per person per month cannot be negative' })
  incomePerPersonMonth!: number;

  @Field(() => [DeprivationIndicator], { description: 'The indicators in which the household is deprived.' })
  deprivations!: DeprivationIndicator[];

  @Field(() => String, {
    nullable: true,
    description:
      "Standard to apply; defaults to the province's own standard or else the national one valid then.",
  })
  @IsOptional()
  standardCode?: string;

  @Field(() => PoorCategory, {
    nullable: true,
    description: 'Overrides the A/B category derived from social protection.',
  })
  @IsOptional()
  poorCategory?: PoorCategory;
}
