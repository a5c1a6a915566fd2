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

  @Field(() => Int, { description: 'The year pledged for.' })
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
  @Field(() => ID, { description: 'Id of the pledge.' })
  pledgeId!: string;

  @Field(() => DateScalar, { description: 'The day they are added.' })
  addedOn!: string;

  @Field(() => [FiveNoThreeCleanHouseholdInput], {
    description: 'The households, each with its status from a fresh registerMatch.',
  })
  @ArrayMinSize(1, { message: 'name at least one household' })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  households!: FiveNoThreeCleanHouseholdInput[];
}

@InputType({ description: 'The 8 yes/no criteria of "5 không 3 sạch" for one pledged household on one day.' })
export class FiveNoThreeCleanReviewInput {
  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  householdId!: string;

  @Field(() => DateScalar, { description: "In the pledge's year." })
  reviewDate!: string;

  @Field({ description: 'Không đói nghèo: no hunger or poverty.' }) noHungerOrPoverty!: boolean;
  @Field({ description: 'Không vi phạm pháp luật và tệ nạn xã hội.' }) noLawBreakingOrSocialEvils!: boolean;
  @Field({ description: 'Không có bạo lực gia đình.' }) noDomesticViolence!: boolean;
  @Field({ description: 'Không vi phạm chính sách dân số.' }) noPopulationPolicyViolation!: boolean;
  @Field({ description: 'Không có trẻ suy dinh dưỡng và bỏ học.' }) noMalnourishedOrDropoutChildren!: boolean;
  @Field({ description: 'Sạch nhà: a clean house.' }) cleanHouse!: boolean;
  @Field({ description: 'Sạch bếp: a clean kitchen.' }) cleanKitchen!: boolean;
  @Field({ description: 'Sạch ngõ: a clean alley.' }) cleanAlley!: boolean;

  @Field(() => String, { nullable: true, description: "Seen by the Women's Union only." })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: "A chapter's review sheet: reviews of households of one pledge." })
export class RecordFiveNoThreeCleanReviewsInput {
  @Field(() => ID, { description: 'Id of the pledge.' })
  pledgeId!: string;

  @Field(() => [FiveNoThreeCleanReviewInput], { description: 'One review per household of the pledge.' })
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

  @Field(() => Int, { nullable: true, description: "Only this year's." })
  @IsOptional()
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Pledges of this chapter and the chapters below it.' })
  @IsOptional()
  chapterId?: string;
}
