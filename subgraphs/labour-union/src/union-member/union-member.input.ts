import { IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { UnionMemberStatus } from '../enums';

@InputType({
  description:
    "A member entering the union's register. To link the member to the People's Committee's register, first " +
    'call registerMatch(nationalId) and pass the personId and householdId it returns (both or neither).',
})
export class RegisterUnionMemberInput {
  @Field({ description: 'Union card number, 4–20 capital letters, digits or dashes, unique.' })
  @Matches(/^[A-Z0-9-]{4,20}$/, { message: 'member number must be 4–20 capital letters, digits or dashes' })
  memberNumber!: string;

  @Field({ description: 'Full name, surname first.' })
  @Length(2, 120, { message: 'full name must be 2 to 120 characters' })
  fullName!: string;

  @Field(() => ID, { description: 'The grassroots union the member belongs to.' })
  @IsUUID('all', { message: 'unionOrganisationId must be a union organisation id' })
  unionOrganisationId!: string;

  @Field({ description: "Where the member works, e.g. the company's name." })
  @Length(2, 200, { message: 'workplace must be 2 to 200 characters' })
  workplace!: string;

  @Field(() => DateScalar, { description: 'The day the member joined the union.' })
  joinedDate!: string;

  @Field(() => ID, { nullable: true, description: 'From registerMatch: person { id }.' })
  @IsOptional()
  @IsUUID('all', { message: 'personId must be the id registerMatch returned' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'From registerMatch: household { id }.' })
  @IsOptional()
  @IsUUID('all', { message: 'householdId must be the id registerMatch returned' })
  householdId?: string | null;
}

@InputType({ description: 'Changes to a member; fields left out stay as they are.' })
export class UpdateUnionMemberInput {
  @Field({ nullable: true, description: 'Full name; personal data, seen only by the owning organisation.' })
  @IsOptional()
  @Length(2, 120, { message: 'full name must be 2 to 120 characters' })
  fullName?: string;

  @Field({ nullable: true, description: 'Where the person works; personal data.' })
  @IsOptional()
  @Length(2, 200, { message: 'workplace must be 2 to 200 characters' })
  workplace?: string;

  @Field(() => ID, { nullable: true, description: 'Moves the member to another grassroots union.' })
  @IsOptional()
  @IsUUID('all', { message: 'unionOrganisationId must be a union organisation id' })
  unionOrganisationId?: string;

  @Field(() => UnionMemberStatus, { nullable: true, description: 'Active, suspended or left.' })
  @IsOptional()
  status?: UnionMemberStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the new status took effect; today if left out.',
  })
  @IsOptional()
  statusDate?: string;
}

@InputType({ description: 'Which union members to list. Every condition given must hold.' })
export class UnionMemberFilter {
  @Field({
    nullable: true,
    description: 'Members whose union organisation is on this unit or any unit below it.',
  })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Members of this organisation or any organisation below it.',
  })
  @IsOptional()
  unionOrganisationId?: string;

  @Field(() => [UnionMemberStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  status?: UnionMemberStatus[];

  @Field({
    nullable: true,
    description: "Whether the member is linked to the People's Committee's register.",
  })
  @IsOptional()
  linked?: boolean;

  @Field(() => ID, { nullable: true, description: 'Members living in this household.' })
  @IsOptional()
  @IsUUID('all', { message: 'householdId must be a household id' })
  householdId?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'Members who joined in this period.' })
  @IsOptional()
  joinedIn?: Period;
}
