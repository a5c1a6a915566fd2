import { Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateScalar, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { SolidarityHouseFundingSource, SolidarityHouseStatus, SolidarityHouseWork } from '../enums';

@InputType({ description: "One source of a house's money." })
export class SolidarityHouseFundingInput {
  @Field(() => SolidarityHouseFundingSource, { description: 'Who pays this part.' })
  source!: SolidarityHouseFundingSource;

  @Field(() => MoneyScalar, { description: 'Whole đồng from this source.' })
  @Min(1, { message: 'amount must be a positive number of đồng' })
  amount!: number;

  @Field(() => ID, {
    nullable: true,
    description: "For FRONT_FUND: the fund that pays, the commune's or the province's.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'fund id must be a UUID' })
  fundId?: string;

  @Field(() => String, { nullable: true, description: 'Who gave it, e.g. the enterprise.' })
  @IsOptional()
  @MaxLength(200)
  contributor?: string;
}

@InputType({
  description:
    'A house approved for a household of the register. Give startedOn when building has begun (the Front ' +
    "fund's share is paid that day) and completedOn when it was handed over.",
})
export class RecordSolidarityHouseInput {
  @Field(() => ID, { description: "The household's id in the register (from registerMatch)." })
  @IsUUID('all', { message: 'household id must be a UUID' })
  householdId!: string;

  @Field({ description: 'The commune or ward where the house stands (5 digits).' })
  @Matches(/^\d{5}$/, { message: 'unit code must be the 5-digit code of a commune or ward' })
  unitCode!: string;

  @Field(() => SolidarityHouseWork, { description: 'Build a new house or repair one.' })
  work!: SolidarityHouseWork;

  @Field(() => MoneyScalar, { description: 'Total cost; the funding sources must add up to it.' })
  @Min(1, { message: 'amount must be a positive number of đồng' })
  amount!: number;

  @Field(() => [SolidarityHouseFundingInput], {
    description: 'Who pays how much (the Front fund, the state, others).',
  })
  @ArrayMinSize(1, { message: 'name at least one funding source' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  fundingSources!: SolidarityHouseFundingInput[];

  @Field(() => DateScalar, { description: 'The day the house was approved.' })
  approvedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day building began, if it has.' })
  @IsOptional()
  startedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was handed over, if it has been.' })
  @IsOptional()
  completedOn?: string;

  @Field(() => String, { nullable: true, description: 'Free text, seen by the Fatherland Front only.' })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType({ description: 'Building began, or the house was handed over (or both).' })
export class AdvanceSolidarityHouseInput {
  @Field(() => DateScalar, { nullable: true, description: "Building began; the Front fund's share is paid." })
  @IsOptional()
  startedOn?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was handed over.' })
  @IsOptional()
  completedOn?: string;
}

@InputType({ description: 'Which houses to list. Every condition given must hold.' })
export class SolidarityHouseFilter {
  @Field({ nullable: true, description: 'Houses in this unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => [SolidarityHouseStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  status?: SolidarityHouseStatus[];

  @Field(() => SolidarityHouseWork, { nullable: true, description: 'Only new houses, or only repairs.' })
  @IsOptional()
  work?: SolidarityHouseWork;

  @Field(() => PeriodScalar, { nullable: true, description: 'Handed over in this period.' })
  @IsOptional()
  completedIn?: Period;
}
