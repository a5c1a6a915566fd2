import { IsOptional, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { CareActivityKind, CareFundingSource, CarePlanStatus, UnionListedHouseholdStatus } from '../enums';

@InputType({
  description:
    'A care plan for a household of the list of poor and near-poor households with union members that the ' +
    'social-affairs office sent.',
})
export class RecordCarePlanInput {
  @Field(() => ID, {
    description: "The People's Committee's household id (from registerMatch or a linked member).",
  })
  @IsUUID('all', { message: 'householdId must be a household id' })
  householdId!: string;

  @Field(() => ID, {
    description: 'The union organisation that plans the care; a member of its tree lives there.',
  })
  @IsUUID('all', { message: 'unionOrganisationId must be a union organisation id' })
  unionOrganisationId!: string;

  @Field(() => UnionListedHouseholdStatus, { description: "The household's status on the list." })
  listedStatus!: UnionListedHouseholdStatus;

  @Field(() => DateScalar, { description: 'The date the list was counted at.' })
  listedDate!: string;

  @Field(() => String, { nullable: true, description: 'The letter the list came with.' })
  @IsOptional()
  @MaxLength(200)
  listReference?: string | null;

  @Field(() => String, { nullable: true, description: 'The care planned.' })
  @IsOptional()
  @MaxLength(1000)
  goals?: string | null;
}

@InputType({ description: 'A visit or gift given to a member or a household.' })
export class RecordCareActivityInput {
  @Field(() => CareActivityKind, { description: "Its kind (see the enum's values)." })
  kind!: CareActivityKind;

  @Field(() => DateScalar, { description: 'The day it was given.' })
  date!: string;

  @Field(() => ID, { description: 'The union organisation that gave it.' })
  @IsUUID('all', { message: 'unionOrganisationId must be a union organisation id' })
  unionOrganisationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "A member of the organisation's tree; give it or householdId.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a union member id' })
  memberId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The household cared for; taken from the member's link when left out.",
  })
  @IsOptional()
  @IsUUID('all', { message: 'householdId must be a household id' })
  householdId?: string | null;

  @Field(() => MoneyScalar, { description: 'Value in VND, more than 0.' })
  @Min(1, { message: 'value must be more than 0 đồng' })
  value!: number;

  @Field(() => CareFundingSource, { description: 'Where the money came from.' })
  fundingSource!: CareFundingSource;

  @Field(() => String, { nullable: true, description: 'Required when the funding source is SPONSOR.' })
  @IsOptional()
  @Length(2, 200, { message: 'sponsor name must be 2 to 200 characters' })
  sponsorName?: string | null;

  @Field(() => ID, { nullable: true, description: "The People's Committee programme it was given under." })
  @IsOptional()
  @IsUUID('all', { message: 'programmeId must be a programme id' })
  programmeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The occasion, e.g. "Tết Ất Tỵ 2025".' })
  @IsOptional()
  @MaxLength(120)
  occasion?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, seen by the Labour Union only.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: 'Which care plans to list. Every condition given must hold.' })
export class CarePlanFilter {
  @Field({ nullable: true, description: 'Plans of organisations on this unit or any unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Plans of this organisation or any organisation below it.',
  })
  @IsOptional()
  unionOrganisationId?: string;

  @Field(() => [CarePlanStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  status?: CarePlanStatus[];

  @Field(() => [UnionListedHouseholdStatus], {
    nullable: true,
    description: 'Only households listed with these statuses.',
  })
  @IsOptional()
  listedStatus?: UnionListedHouseholdStatus[];

  @Field(() => PeriodScalar, { nullable: true, description: 'Plans for lists counted in this period.' })
  @IsOptional()
  listedIn?: Period;

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  @IsUUID('all', { message: 'householdId must be a household id' })
  householdId?: string;
}

@InputType({ description: 'Which care activities to list. Every condition given must hold.' })
export class CareActivityFilter {
  @Field({ nullable: true, description: 'Care given by organisations on this unit or any unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Care given by this organisation or any organisation below it.',
  })
  @IsOptional()
  unionOrganisationId?: string;

  @Field(() => PeriodScalar, { nullable: true, description: 'Care given in this period.' })
  @IsOptional()
  period?: Period;

  @Field(() => [CareActivityKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  kind?: CareActivityKind[];

  @Field(() => [CareFundingSource], { nullable: true, description: 'Only these funding sources.' })
  @IsOptional()
  fundingSource?: CareFundingSource[];

  @Field(() => ID, { nullable: true, description: 'Only those of this member.' })
  @IsOptional()
  @IsUUID('all', { message: 'memberId must be a union member id' })
  memberId?: string;

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  @IsUUID('all', { message: 'householdId must be a household id' })
  householdId?: string;
}
