import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';

@ObjectType({ description: 'Support a household (or one of its members) received from a programme.' })
@Entity('benefit')
export class Benefit {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: "Id of the People's Committee programme." })
  @Index()
  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => ID, { nullable: true, description: "Id of the person in the People's Committee's register." })
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Field(() => DateScalar, { description: 'The day it was given.' })
  @Column({ type: 'date' })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Value in VND; 0 for support without a money value.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => String, {
    nullable: true,
    description: "Free text, which may name a person's circumstances: People's Committee only (audited).",
  })
  @UseMiddleware(VisibleOnlyTo('people-committee'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
