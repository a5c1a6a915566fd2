import { IsOptional, IsUUID, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, MoneyScalar, PeriodScalar, type Period } from '@chung-tay/common';
import { CareFundingSource, UnionHouseKind, UnionHouseStatus } from '../enums';

@InputType({ description: 'A "Mái ấm công đoàn" grant for a member of the granting organisation\'s tree.' })
export class RecordUnionHouseInput {
  @Field(() => ID, { description: 'Id of the member.' })
  @IsUUID('all', { message: 'memberId must be a union member id' })
  memberId!: string;

  @Field(() => ID, { description: 'The union organisation that grants it.' })
  @IsUUID('all', { message: 'unionOrganisationId must be a union organisation id' })
  unionOrganisationId!: string;

  @Field(() => UnionHouseKind, { description: 'Build or repair.' })
  kind!: UnionHouseKind;

  @Field(() => MoneyScalar, { description: 'Grant in VND, more than 0.' })
  @Min(1, { message: 'grant amount must be more than 0 đồng' })
  grantAmount!: number;

  @Field(() => CareFundingSource, { description: 'Who pays.' })
  fundingSource!: CareFundingSource;

  @Field(() => UnionHouseStatus, {
    defaultValue: UnionHouseStatus.PROPOSED,
    description: 'Where the grant stands (proposed, approved, completed …).',
  })
  status!: UnionHouseStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Required once APPROVED or COMPLETED.' })
  @IsOptional()
  approvedDate?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Required once COMPLETED.' })
  @IsOptional()
  completedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Free text, seen by the Labour Union only.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: "A grant's progress; fields left out stay as they are." })
export class UpdateUnionHouseInput {
  @Field(() => UnionHouseStatus, { nullable: true, description: "The grant's new status." })
  @IsOptional()
  status?: UnionHouseStatus;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was approved.' })
  @IsOptional()
  approvedDate?: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was completed.' })
  @IsOptional()
  completedDate?: string;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'A corrected grant, more than 0 (before hand-over).',
  })
  @IsOptional()
  @Min(1, { message: 'grant amount must be more than 0 đồng' })
  grantAmount?: number;

  @Field(() => String, { nullable: true, description: 'Free text, seen by the Labour Union only.' })
  @IsOptional()
  @MaxLength(1000)
  note?: string;
}

@InputType({ description: 'Which union houses to list. Every condition given must hold.' })
export class UnionHouseFilter {
  @Field({ nullable: true, description: 'Grants of organisations on this unit or any unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Grants of this organisation or any organisation below it.',
  })
  @IsOptional()
  unionOrganisationId?: string;

  @Field(() => [UnionHouseStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  status?: UnionHouseStatus[];

  @Field(() => UnionHouseKind, { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  kind?: UnionHouseKind;

  @Field(() => [CareFundingSource], { nullable: true, description: 'Only these funding sources.' })
  @IsOptional()
  fundingSource?: CareFundingSource[];

  @Field(() => PeriodScalar, { nullable: true, description: 'Grants approved in this period.' })
  @IsOptional()
  approvedIn?: Period;

  @Field(() => PeriodScalar, { nullable: true, description: 'Houses handed over in this period.' })
  @IsOptional()
  completedIn?: Period;

  @Field(() => ID, { nullable: true, description: 'Only those of this household (register id).' })
  @IsOptional()
  @IsUUID('all', { message: 'householdId must be a household id' })
  householdId?: string;
}
