import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar } from '@chung-tay/common';

@ObjectType({ description: 'Support a household (or one of its members) received from a programme.' })
@Entity('benefit')
export class Benefit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Field(() => ID)
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => ID, { nullable: true })
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date!: string;

  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
