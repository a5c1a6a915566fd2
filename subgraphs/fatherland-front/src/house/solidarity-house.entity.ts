import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';
import { SolidarityHouseStatus, SolidarityHouseWork } from '../enums';

@ObjectType({
  description:
    'A great-solidarity house (nhà Đại đoàn kết) built or repaired for a household, and its money.',
})
@Entity('solidarity_house')
export class SolidarityHouse {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'The commune or ward where the house stands.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => SolidarityHouseWork, { description: 'Build a new house or repair one.' })
  @Index()
  @Column({ type: 'varchar', length: 8 })
  work!: SolidarityHouseWork;

  @Field(() => SolidarityHouseStatus, { description: 'Planned, under construction, completed or cancelled.' })
  @Index()
  @Column({ type: 'varchar', length: 20 })
  status!: SolidarityHouseStatus;

  @Field(() => MoneyScalar, { description: 'Total cost; the funding sources add up to it.' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Field(() => DateScalar, { description: 'Day the Front committee approved the house.' })
  @Column({ name: 'approved_on', type: 'date' })
  approvedOn!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Construction began; the Front fund's share is paid.",
  })
  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Handed over to the household.' })
  @Index()
  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day it was cancelled; null unless cancelled.',
  })
  @Column({ name: 'cancelled_on', type: 'date', nullable: true })
  cancelledOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Fatherland Front only.' })
  @UseMiddleware(VisibleOnlyTo('fatherland-front'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
