import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { DateScalar } from '@chung-tay/common';

@Entity('member')
@ObjectType('{{Pascal}}Member', { description: 'A member of the {{enText}} ({{viText}}).' })
@Directive('@key(fields: "id")')
export class {{Pascal}}Member {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ name: 'full_name', type: 'text' })
  @Field({ description: "The member's full name (personal data: shown to the {{enText}} only)." })
  fullName!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  @Field({ description: 'The commune or ward where the member is registered.' })
  unitCode!: string;

  @Column({ name: 'household_id', type: 'uuid', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: "The People's Committee's household the member lives in, when linked.",
  })
  householdId!: string | null;

  @Column({ name: 'joined_date', type: 'date' })
  @Field(() => DateScalar, { description: 'When the member joined.' })
  joinedDate!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => GraphQLISODateTime, { description: 'When the record was made.' })
  createdAt!: Date;

  /** Set by the row loader: whether the caller's units cover this member. */
  inCallerScope?: boolean;
}
