import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@chung-tay/common';
import { CentreMeetingDay } from '../enums';

@ObjectType({
  description:
    "A lender's own centre (cụm) in a commune: its groups meet there weekly to repay and save, Grameen style.",
})
@Entity('lending_centre')
export class LendingCentre {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ name: 'lender_id', type: 'uuid' })
  lenderId!: string;

  @Field({ description: 'Unique code, e.g. CEP-DN-25222-01.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Field({ description: 'e.g. Cụm 5 phường Sài Gòn.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'Code of the commune or ward it meets in.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => CentreMeetingDay, { description: "The weekday the centre's groups meet." })
  @Column({ name: 'meeting_day', type: 'varchar', length: 9 })
  meetingDay!: CentreMeetingDay;

  @Field(() => DateScalar, { description: 'The day the centre opened.' })
  @Column({ name: 'opened_on', type: 'date' })
  openedOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
