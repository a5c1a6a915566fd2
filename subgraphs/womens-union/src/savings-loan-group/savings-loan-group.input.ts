import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length } from 'class-validator';
import { DateScalar } from '@chung-tay/common';
import { SavingsLoanGroupLender, SavingsLoanGroupMeetingFrequency, SavingsLoanGroupStatus } from '../enums';
import { MAX_GROUP_MEMBERS } from './meeting';

@InputType({ description: 'A new savings-and-loan group of union members.' })
export class FormSavingsLoanGroupInput {
  @Field(() => ID, { description: 'The commune chapter or branch that runs it.' })
  chapterId!: string;

  @Field({ description: 'e.g. Tổ TK&VV ấp 3.' })
  @Length(3, 120, { message: 'name must be 3 to 120 characters' })
  name!: string;

  @Field(() => SavingsLoanGroupLender, {
    description: 'The lender whose loans the group runs (e.g. the policy bank VBSP).',
  })
  lender!: SavingsLoanGroupLender;

  @Field(() => ID, { description: 'A current member of a chapter of the same commune; she joins the group.' })
  leaderMemberId!: string;

  @Field(() => [ID], { defaultValue: [], description: 'The other members.' })
  @ArrayMaxSize(MAX_GROUP_MEMBERS)
  memberIds!: string[];

  @Field(() => SavingsLoanGroupMeetingFrequency, { description: 'How often its members meet.' })
  meetingFrequency!: SavingsLoanGroupMeetingFrequency;

  @Field(() => Int, { description: 'ISO weekday (weekly, fortnightly) or day of the month 1–28 (monthly).' })
  meetingDay!: number;

  @Field(() => DateScalar, { description: 'The day it was formed.' })
  formedOn!: string;
}

@InputType({ description: 'Members joining a group.' })
export class AddSavingsLoanGroupMembersInput {
  @Field(() => ID, { description: 'Id of the group.' })
  groupId!: string;

  @Field(() => [ID], { description: "Women's Union members (WomensUnionMember ids) of the group's chapter." })
  @ArrayMinSize(1, { message: 'name at least one member' })
  @ArrayMaxSize(MAX_GROUP_MEMBERS)
  memberIds!: string[];

  @Field(() => DateScalar, { description: 'The day of joining.' })
  joinedOn!: string;
}

@InputType({ description: 'A member leaving a group.' })
export class RemoveSavingsLoanGroupMemberInput {
  @Field(() => ID, { description: 'Id of the group.' })
  groupId!: string;

  @Field(() => ID, { description: 'Id of the member.' })
  memberId!: string;

  @Field(() => DateScalar, { description: 'The day she left the group.' })
  leftOn!: string;
}

@InputType({ description: 'Changes to a group; fields left out stay as they are.' })
export class UpdateSavingsLoanGroupInput {
  @Field({ nullable: true, description: "The group's new name." })
  @IsOptional()
  @Length(3, 120, { message: 'name must be 3 to 120 characters' })
  name?: string;

  @Field(() => ID, { nullable: true, description: 'A current member of the group.' })
  @IsOptional()
  leaderMemberId?: string;

  @Field(() => SavingsLoanGroupMeetingFrequency, {
    nullable: true,
    description: 'How often its members meet.',
  })
  @IsOptional()
  meetingFrequency?: SavingsLoanGroupMeetingFrequency;

  @Field(() => Int, {
    nullable: true,
    description: 'ISO weekday (weekly, fortnightly) or day of the month 1–28 (monthly).',
  })
  @IsOptional()
  meetingDay?: number;

  @Field(() => SavingsLoanGroupStatus, {
    nullable: true,
    description: 'DISSOLVED is final: every member leaves the group that day.',
  })
  @IsOptional()
  status?: SavingsLoanGroupStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the new status took effect; today if left out.',
  })
  @IsOptional()
  statusSince?: string;
}

@InputType({ description: 'Which groups to list. Every condition given must hold.' })
export class SavingsLoanGroupFilter {
  @Field({ nullable: true, description: 'Groups in this unit and below.' })
  @IsOptional()
  unitCode?: string;

  @Field(() => ID, { nullable: true, description: 'Groups run by this chapter and the chapters below it.' })
  @IsOptional()
  chapterId?: string;

  @Field(() => SavingsLoanGroupLender, { nullable: true, description: 'Only groups of this lender.' })
  @IsOptional()
  lender?: SavingsLoanGroupLender;

  @Field(() => [SavingsLoanGroupStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  status?: SavingsLoanGroupStatus[];
}
