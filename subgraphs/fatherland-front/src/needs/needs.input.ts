import { Field, ID, InputType, Int } from 'type-graphql';
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
import { DateScalar } from '@chung-tay/common';
import { NeedsListRemovalReason } from '../enums';

@InputType({
  description:
    'A person on the list: register ids (from registerMatch), and the name and year of birth the list gives.',
})
export class NeedsListPersonInput {
  @Field(() => ID, { description: "Id of the person in the People's Committee's register." })
  @IsUUID('all', { message: 'person id must be a UUID' })
  personId!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @IsUUID('all', { message: 'household id must be a UUID' })
  householdId!: string;

  @Field({ description: 'Full name as on the list, surname first (1 to 100 characters once trimmed).' })
  fullName!: string;

  @Field(() => Int, { nullable: true, description: 'Year of birth as on the list.' })
  @IsOptional()
  @Min(1900, { message: 'birth year must be 1900 or later' })
  birthYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Free text, seen by the Fatherland Front only.' })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType({
  description:
    "A commune's list of people in need of sponsorship as received from the People's Committee: members of poor " +
    'households under social protection.',
})
export class ReceiveNeedsListInput {
  @Field({ description: 'The commune or ward (5 digits).' })
  @Matches(/^\d{5}$/, { message: 'unit code must be the 5-digit code of a commune or ward' })
  unitCode!: string;

  @Field(() => DateScalar, { description: 'Day the list was received.' })
  listedOn!: string;

  @Field(() => String, { nullable: true, description: 'The document that sent it, e.g. 125/UBND-VX.' })
  @IsOptional()
  @MaxLength(200)
  sourceDocument?: string;

  @Field(() => [NeedsListPersonInput], { description: 'The people on the list.' })
  @ArrayMinSize(1, { message: 'a list names at least one person' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  people!: NeedsListPersonInput[];
}

@InputType({ description: 'A person leaves the needs list.' })
export class RemoveFromNeedsListInput {
  @Field(() => DateScalar, { description: 'The day the person left the list.' })
  removedOn!: string;

  @Field(() => NeedsListRemovalReason, { description: 'Why the person left it.' })
  reason!: NeedsListRemovalReason;

  @Field(() => String, { nullable: true, description: 'Free text, seen by the Fatherland Front only.' })
  @IsOptional()
  @MaxLength(500)
  note?: string;
}

@InputType({ description: 'Which entries to list. Every condition given must hold.' })
export class NeedsListFilter {
  @Field({ nullable: true, description: 'Entries of this unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field({ nullable: true, description: 'With (true) or without (false) a pledge running this month.' })
  @IsOptional()
  covered?: boolean;

  @Field({ defaultValue: false, description: 'Also people who have left the list.' })
  includeRemoved!: boolean;

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  @IsUUID('all', { message: 'household id must be a UUID' })
  householdId?: string;
}
