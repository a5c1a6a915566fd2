import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@chung-tay/common';
import { SavingsLoanGroupLender, SavingsLoanGroupMeetingFrequency, SavingsLoanGroupStatus } from '../enums';

@ObjectType({
  description:
    "A savings-and-loan group (tổ tiết kiệm và vay vốn) run by a Women's Union chapter for a lender; the lender's " +
    'subgraph attaches its loans to the group.',
})
@Directive('@key(fields: "id")')
@Entity('savings_loan_group')
export class SavingsLoanGroup {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The commune chapter or branch that runs the group.' })
  @Index()
  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Field({ description: 'Code of the commune or ward.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field({ description: 'e.g. Tổ TK&VV ấp 3.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => SavingsLoanGroupLender, {
    description: 'The lender whose loans the group runs (e.g. the policy bank VBSP).',
  })
  @Index()
  @Column({ type: 'varchar', length: 10 })
  lender!: SavingsLoanGroupLender;

  @Field(() => ID, { description: "Id of the group leader (a Women's Union member)." })
  @Column({ name: 'leader_member_id', type: 'uuid' })
  leaderMemberId!: string;

  @Field(() => SavingsLoanGroupMeetingFrequency, { description: 'How often its members meet.' })
  @Column({ name: 'meeting_frequency', type: 'varchar', length: 12 })
  meetingFrequency!: SavingsLoanGroupMeetingFrequency;

  @Field(() => Int, {
    description:
      'Weekly and fortnightly: ISO weekday (1 = Monday … 7 = Sunday). Monthly: day of the month (1–28).',
  })
  @Column({ name: 'meeting_day', type: 'smallint' })
  meetingDay!: number;

  @Field(() => DateScalar, { description: 'The day the group was formed.' })
  @Column({ name: 'formed_on', type: 'date' })
  formedOn!: string;

  @Field(() => SavingsLoanGroupStatus, { description: 'Active, suspended or dissolved.' })
  @Index()
  @Column({ type: 'varchar', length: 10 })
  status!: SavingsLoanGroupStatus;

  @Field(() => DateScalar, { description: 'Since when the group has had its status.' })
  @Column({ name: 'status_since', type: 'date' })
  statusSince!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A member's time in a group; the lender is copied so one index keeps her in one group per lender. */
@Entity('savings_loan_group_member')
export class SavingsLoanGroupMembership {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'group_id', type: 'uuid' })
  groupId!: string;

  @Index()
  @Column({ name: 'member_id', type: 'uuid' })
  memberId!: string;

  @Column({ type: 'varchar', length: 10 })
  lender!: SavingsLoanGroupLender;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn!: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn!: string | null;
}
