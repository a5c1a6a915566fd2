import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { DateScalar, MoneyScalar } from '@chung-tay/common';
import { Organisation, ProgrammeKind, TargetMetric } from '../enums';

@InputType()
export class RegisterProgrammeInput {
  @Field({ description: 'Short unique code, e.g. NTP-GNBV-2026-DA1.' })
  @Matches(/^[A-Z0-9-]{3,40}$/, { message: 'programme code must be 3–40 capital letters, digits or dashes' })
  code!: string;

  @Field()
  @Length(3, 300)
  name!: string;

  @Field(() => ProgrammeKind)
  kind!: ProgrammeKind;

  @Field(() => Organisation, { nullable: true, description: "Defaults to the caller's organisation." })
  @IsOptional()
  ownerOrganisation?: Organisation;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  startYear!: number;

  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  endYear!: number;

  @Field(() => MoneyScalar)
  @Min(0, { message: 'budget cannot be negative' })
  budget!: number;
}

@InputType()
export class RecordBenefitInput {
  @Field(() => ID)
  programmeId!: string;

  @Field(() => ID)
  householdId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The member who received it, when it was personal (e.g. tuition).',
  })
  @IsOptional()
  personId?: string;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => MoneyScalar)
  @Min(0, { message: 'amount cannot be negative' })
  amount!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  note?: string;
}

@InputType()
export class SetTargetInput {
  @Field()
  @Matches(/^\d{2}(\d{3})?$/, {
    message: 'unit code must be a province (2 digits) or commune (5 digits) code',
  })
  unitCode!: string;

  @Field(() => Int)
  @Min(2021)
  @Max(2030)
  year!: number;

  @Field(() => TargetMetric)
  metric!: TargetMetric;

  @Field(() => Float)
  @Min(0)
  @Max(100)
  targetPercent!: number;
}

@InputType()
export class ProgrammeFilter {
  @Field(() => Organisation, { nullable: true })
  @IsOptional()
  ownerOrganisation?: Organisation;

  @Field(() => ProgrammeKind, { nullable: true })
  @IsOptional()
  kind?: ProgrammeKind;

  @Field(() => Int, { nullable: true, description: 'Programmes running in this year.' })
  @IsOptional()
  year?: number;
}
