import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '@chung-tay/common';

@ObjectType({
  description:
    'A fund-raising campaign of a Front committee, e.g. the yearly "Vì người nghèo" campaign whose peak month runs ' +
    '17 October – 18 November; donations to the funds of that unit and the units below it can name it.',
})
@Entity('front_campaign')
export class FrontCampaign {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Short unique code, e.g. VNN-2025.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 30 })
  code!: string;

  @Field({ description: 'e.g. Tháng cao điểm Vì người nghèo 2025.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'The unit whose Front committee runs the campaign.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => DateScalar, { description: 'First day of the campaign.' })
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'Last day of the campaign.' })
  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
