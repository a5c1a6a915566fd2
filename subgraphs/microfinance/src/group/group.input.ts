import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { DateScalar } from '@chung-tay/common';
import { CentreMeetingDay } from '../enums';

@InputType({ description: "A lender's centre in a commune or ward." })
export class OpenLendingCentreInput {
  @Field({ description: "The lender's code, e.g. CEP." })
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'lender code must be 2–20 capital letters, digits or dashes' })
  lenderCode!: string;

  @Field({ description: 'Unique code, 3–30 capital letters, digits or dashes.' })
  @Matches(/^[A-Z0-9-]{3,30}$/, { message: 'centre code must be 3–30 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'e.g. Cụm 5 phường Sài Gòn.' })
  @Length(2, 120)
  name!: string;

  @Field({ description: 'Code of the commune or ward (5 digits).' })
  @Matches(/^\d{5}$/, { message: 'unit code must be the 5-digit code of a commune or ward' })
  unitCode!: string;

  @Field(() => CentreMeetingDay, { description: "The weekday the centre's groups meet." })
  meetingDay!: CentreMeetingDay;

  @Field(() => DateScalar, { description: 'The day the centre opens.' })
  openedOn!: string;
}

@InputType({ description: 'A borrower group formed in a centre.' })
export class FormLendingGroupInput {
  @Field(() => ID, { description: 'The lending centre the group meets in.' })
  centreId!: string;

  @Field({ description: 'Unique code, 3–40 capital letters, digits or dashes.' })
  @Matches(/^[A-Z0-9-]{3,40}$/, { message: 'group code must be 3–40 capital letters, digits or dashes' })
  code!: string;

  @Field({ description: 'e.g. Nhóm 3.' })
  @Length(2, 120)
  name!: string;

  @Field(() => DateScalar, { description: 'The day it was formed.' })
  formedOn!: string;
}

@InputType({ description: 'Which centres to list. Every condition given must hold.' })
export class LendingCentreFilter {
  @Field({ nullable: true, description: 'A unit code: that unit and every unit below it.' })
  @IsOptional()
  unitCode?: string;

  @Field({ nullable: true, description: "Only this lender's." })
  @IsOptional()
  lenderCode?: string;
}

@InputType({ description: 'Which groups to list. Every condition given must hold.' })
export class LendingGroupFilter extends LendingCentreFilter {
  @Field(() => ID, { nullable: true, description: 'Groups of this centre.' })
  @IsOptional()
  centreId?: string;
}
