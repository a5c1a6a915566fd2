import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { DateScalar, MoneyScalar } from '@chung-tay/common';
import { Organisation, ProgrammeKind, TargetMetric } from '../enums';

@InputType({ description: 'A programme, project or support policy entering the catalogue.' })
export class RegisterProgrammeInput {
  @Field({ description: 'Short unique code, e.g. NTP-GNBV-2026-DA1.' })
  @Matches(/^[A-Z0-9-]{3,40}$/, { message: 'programme code must be 3–40 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'e.g. Hỗ trợ bảo hiểm y tế cho người nghèo.' })
  @Length(3, 300)
  name!: string;

  @Field(() => ProgrammeKind, {
    description: 'Health insurance, tuition, electricity, training, livelihood …',
  })
  kind!: ProgrammeKind;

  @Field(() => Organisation, { nullable: true, description: "Defaults to the caller's organisation." })
  @IsOptional()
  ownerOrganisation?: Organisation;

  @Field(() => Int, { description: 'First year of the programme.' })
  @Min(2000)
  @Max(2100)
  startYear!: number;

  @Field(() => Int, { description: 'Last year of the programme.' })
  @Min(2000)
  @Max(2100)
  endYear!: number;

  @Field(() => MoneyScalar, { description: "The programme's budget, in whole đồng." })
  @Min(0, { message: 'budget cannot be negative' })
  budget!: number;
}

@InputType({ description: 'Support a household (or one of its members) received from a programme.' })
export class RecordBenefitInput {
  @Field(() => ID, { description: "Id of the People's Committee programme." })
  programmeId!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  householdId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The member who received it, when it was personal (e.g. tuition).',
  })
  @IsOptional()
  personId?: string;

  @Field(() => DateScalar, { description: 'The day it was given.' })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Value in whole đồng; 0 for support without a money value.' })
  @Min(0, { message: 'amount cannot be negative' })
  amount!: number;

  @Field(() => String, {
    nullable: true,
    description: "Free text, which may name a person's circumstances; shown to the People's Committee only.",
  })
  @IsOptional()
  @MaxLength(300)
  note?: string;
}

@InputType({ description: 'A yearly target for a unit, e.g. cut poor-A households by 35 %.' })
export class SetTargetInput {
  @Field({ description: 'GSO code of the unit the target is for.' })
  @Matches(/^\d{2}(\d{3})?$/, {
    message: 'unit code must be a province (2 digits) or commune (5 digits) code',
  })
  unitCode!: string;

  @Field(() => Int, { description: "The target's year." })
  @Min(2021)
  @Max(2030)
  year!: number;

  @Field(() => TargetMetric, { description: 'What the target measures.' })
  metric!: TargetMetric;

  @Field(() => Float, { description: 'The target in percent (35 = 35 %), 0 to 100.' })
  @Min(0)
  @Max(100)
  targetPercent!: number;
}

@InputType({ description: 'Which programmes to list. Every condition given must hold.' })
export class ProgrammeFilter {
  @Field(() => Organisation, { nullable: true, description: 'Only programmes run by this organisation.' })
  @IsOptional()
  ownerOrganisation?: Organisation;

  @Field(() => ProgrammeKind, { nullable: true, description: 'Only programmes of this kind.' })
  @IsOptional()
  kind?: ProgrammeKind;

  @Field(() => Int, { nullable: true, description: 'Programmes running in this year.' })
  @IsOptional()
  year?: number;
}
