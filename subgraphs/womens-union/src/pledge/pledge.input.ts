import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateScalar } from '@chung-tay/common';
import { FiveNoThreeCleanHouseholdStatus } from '../enums';

@InputType({ description: 'A household of a pledge, as registerMatch gave it.' })
export class FiveNoThreeCleanHouseholdInput {
  @Field(() => ID, { description: 'registerMatch → household.id' })
  householdId!: string;

  @Field(() => FiveNoThreeCleanHouseholdStatus, { description: 'registerMatch → householdStatus' })
  statusWhenPledged!: FiveNoThreeCleanHouseholdStatus;
}

@InputType({ description: 'A commune chapter\'s "5 không 3 sạch" pledge for a year.' })
export class PledgeFiveNoThreeCleanInput {
  @Field(() => ID, { description: 'The commune chapter (cơ sở Hội) that pledges.' })
  chapterId!: string;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => DateScalar, { description: 'In the year or at the end of the year before.' })
  pledgedOn!: string;

  @Field(() => Int, {
    defaultValue: 10,
    description: 'Households the chapter pledges to help; 10 by the standard.',
  })
  @Min(1, { message: 'a pledge is for at least 1 household' })
  @Max(100, { message: 'a pledge is for at most 100 households' })
  targetHouseholds!: number;

  @Field(() => [FiveNoThreeCleanHouseholdInput], {
    description: 'The households named now; more can be added up to the target.',
  })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  households!: FiveNoThreeCleanHouseholdInput[];
}

@InputType({ description: 'Households added to a pledge during the year.' })
export class AddFiveNoThreeCleanHouseholdsInput {
  @Field(() => ID)
  pledgeId!: string;

  @Field(() => DateScalar)
  addedOn!: string;

  @Field(() => [FiveNoThreeCleanHouseholdInput])
  @ArrayMinSize(1, { message: 'name at least one household' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  households!: FiveNoThreeCleanHouseholdInput[];
}

@InputType({ description: 'The 8 yes/no criteria of "5 không 3 sạch" for one pledged household on one day.' })
export class FiveNoThreeCleanReviewInput {
  @Field(() => ID)
  householdId!: string;

  @Field(() => DateScalar, { description: "In the pledge's year." })
  reviewDate!: string;

  @Field() noHungerOrPoverty!: boolean;
  @Field() noLawBreakingOrSocialEvils!: boolean;
  @Field() noDomesticViolence!: boolean;
  @Field() noPopulationPolicyViolation!: boolean;
  @Field() noMalnourishedOrDropoutChildren!: boolean;
  @Field() cleanHouse!: boolean;
  @Field() cleanKitchen!: boolean;
  @Field() cleanAlley!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: "A chapter's review sheet: reviews of households of one pledge." })
export class RecordFiveNoThreeCleanReviewsInput {
  @Field(() => ID)
  pledgeId!: string;

  @Field(() => [FiveNoThreeCleanReviewInput])
  @ArrayMinSize(1, { message: 'give at least one review' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  reviews!: FiveNoThreeCleanReviewInput[];
}

@InputType({ description: 'Which pledges to list. Every condition given must hold.' })
export class FiveNoThreeCleanPledgeFilter {
  @Field({ nullable: true, description: 'Pledges of chapters on this unit and below.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Pledges of this chapter and the chapters below it.' })
  @IsOptional()
  chapterId?: string;
}
