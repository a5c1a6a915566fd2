import { Field, InputType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { DateScalar } from '@chung-tay/common';
import { RelationToHead, Sex } from '../enums';

@InputType({ description: 'A household member as entered in the register.' })
export class PersonInput {
  @Field({ description: 'Full name, surname first.' })
  @Length(2, 120, { message: 'full name must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => DateScalar, { description: 'Date of birth.' })
  birthDate!: string;

  @Field(() => Sex, { description: 'Sex.' })
  sex!: Sex;

  @Field(() => RelationToHead, { description: 'Relation to the head (the head is HEAD).' })
  relationToHead!: RelationToHead;

  @Field(() => String, {
    nullable: true,
    description: 'National ID (CCCD), 12 digits; optional for young children.',
  })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'national ID must be exactly 12 digits' })
  nationalId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Ethnicity, e.g. Kinh, Khmer; sensitive personal data.',
  })
  @IsOptional()
  @MaxLength(40)
  ethnicity?: string | null;
}

@InputType({ description: 'Changes to a person; fields left out stay as they are.' })
export class UpdatePersonInput {
  @Field({ nullable: true, description: 'Full name; personal data, seen only by the owning organisation.' })
  @IsOptional()
  @Length(2, 120, { message: 'full name must be 2 to 120 characters' })
  fullName?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of birth.' })
  @IsOptional()
  birthDate?: string;

  @Field(() => Sex, { nullable: true, description: 'Sex.' })
  @IsOptional()
  sex?: Sex;

  @Field(() => RelationToHead, { nullable: true, description: 'Relation to the head.' })
  @IsOptional()
  relationToHead?: RelationToHead;

  @Field(() => String, {
    nullable: true,
    description: 'National ID number (CCCD, 12 digits); sensitive personal data.',
  })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'national ID must be exactly 12 digits' })
  nationalId?: string | null;

  @Field(() => String, { nullable: true, description: 'Ethnicity; sensitive personal data.' })
  @IsOptional()
  @MaxLength(40)
  ethnicity?: string | null;
}
