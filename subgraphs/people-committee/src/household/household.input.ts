import {
  ArrayMaxSize,
  ArrayMinSize,
  IsOptional,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '@chung-tay/common';
import { HouseholdStatus, PoorCategory } from '../enums';
import { PersonInput } from '../person/person.input';

@InputType({ description: 'A household entering the register, with all its members (one of them the head).' })
export class RegisterHouseholdInput {
  @Field({ description: 'Register code, 4–30 capital letters, digits or dashes, unique.' })
  @Matches(/^[A-Z0-9-]{4,30}$/, { message: 'household code must be 4–30 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'Code of the commune or ward (5 digits).' })
  @Matches(/^\d{5}$/, { message: 'unit code must be the 5-digit code of a commune or ward' })
  unitCode!: string;

  @Field({ description: "The household's address." })
  @Length(3, 300, { message: 'address must be 3 to 300 characters' })
  address!: string;

  @Field({ defaultValue: false, description: 'A member is under social protection (poor category B).' })
  socialProtection!: boolean;

  @Field(() => HouseholdStatus, {
    defaultValue: HouseholdStatus.NOT_POOR,
    description:
      "Status already recognised before the household entered the hub (e.g. from last year's list).",
  })
  initialStatus!: HouseholdStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the initial status took effect; today if left out.',
  })
  @IsOptional()
  statusSince?: string;

  @Field(() => PoorCategory, {
    nullable: true,
    description: 'For a poor household where the province splits them: A or B.',
  })
  @IsOptional()
  poorCategory?: PoorCategory;

  @Field(() => [PersonInput], { description: 'All its members; exactly one with relationToHead HEAD.' })
  @ArrayMinSize(1, { message: 'a household needs at least its head' })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  members!: PersonInput[];
}

@InputType({
  description:
    "Corrections to a household's own details. Fields left out stay as they are; its status changes only by a " +
    'review, its members by addHouseholdMember and updatePerson.',
})
export class UpdateHouseholdInput {
  @Field(() => ID, { description: "The household's id." })
  id!: string;

  @Field(() => Int, {
    description:
      'The version of the household the edit was prepared on; refused with CONFLICT when it has changed since.',
  })
  @Min(1, { message: 'expected version must be 1 or more' })
  expectedVersion!: number;

  @Field({ nullable: true, description: 'Detailed address (house number, hamlet or quarter).' })
  @IsOptional()
  @Length(3, 300, { message: 'address must be 3 to 300 characters' })
  address?: string;

  @Field({
    nullable: true,
    description:
      'Whether the household is under social protection; the A/B category follows it from the next review.',
  })
  @IsOptional()
  socialProtection?: boolean;
}

@InputType({ description: 'Which households to list. Every condition given must hold.' })
export class HouseholdFilter {
  @Field({
    nullable: true,
    description: 'A unit code: the households of that unit and of every unit below it.',
  })
  @IsOptional()
  unitCode?: string;

  @Field(() => [HouseholdStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  status?: HouseholdStatus[];

  @Field(() => PoorCategory, {
    nullable: true,
    description: 'Only poor households of this category (A or B).',
  })
  @IsOptional()
  poorCategory?: PoorCategory;

  @Field(() => Int, { nullable: true, description: 'Households reviewed in this year (periodic or ad hoc).' })
  @IsOptional()
  reviewYear?: number;

  @Field({
    nullable: true,
    description: 'Only households with (true) or without (false) a member under social protection.',
  })
  @IsOptional()
  socialProtection?: boolean;

  @Field({
    nullable: true,
    description:
      "Part of a member's name, with or without diacritics (People's Committee only), or the household code.",
  })
  @IsOptional()
  @Length(2, 60)
  search?: string;
}
