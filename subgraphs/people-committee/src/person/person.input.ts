import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { DateScalar } from '@chung-tay/common';
import { RelationToHead, Sex } from '../enums';

@InputType({ description: 'A household member as entered in the register.' })
export class PersonInput {
  @Field({ description: 'Full name, surname first.' })
  @Length(2, 120, { message: 'full name must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => Sex)
  sex!: Sex;

  @Field(() => RelationToHead)
  relationToHead!: RelationToHead;

  @Field(() => String, {
    nullable: true,
    description: 'National ID (CCCD), 12 digits; optional for young children.',
  })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'national ID must be exactly 12 digits' })
  nationalId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  ethnicity?: string | null;
}

@InputType({ description: 'Changes to a person; fields left out stay as they are.' })
export class UpdatePersonInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 120, { message: 'full name must be 2 to 120 characters' })
  fullName?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  birthDate?: string;

  @Field(() => Sex, { nullable: true })
  @IsOptional()
  sex?: Sex;

  @Field(() => RelationToHead, { nullable: true })
  @IsOptional()
  relationToHead?: RelationToHead;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'national ID must be exactly 12 digits' })
  nationalId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  ethnicity?: string | null;
}
