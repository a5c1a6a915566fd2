import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, MoneyScalar } from '@chung-tay/common';
import { Organisation, ProgrammeKind } from '../enums';

@ObjectType({ description: 'A programme, project or support policy in the catalogue.' })
@Directive('@key(fields: "id")')
@Entity('programme')
export class Programme {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Short unique code, e.g. BHYT-HN-CN.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field({ description: 'e.g. Hỗ trợ bảo hiểm y tế cho người nghèo.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => ProgrammeKind, {
    description: 'Health insurance, tuition, electricity, training, livelihood …',
  })
  @Column({ type: 'varchar', length: 40 })
  kind!: ProgrammeKind;

  @Field(() => Organisation, { description: 'The organisation that runs the programme.' })
  @Column({ name: 'owner_organisation', type: 'varchar', length: 20 })
  ownerOrganisation!: Organisation;

  @Field(() => Int, { description: 'First year of the programme.' })
  @Column({ name: 'start_year', type: 'int' })
  startYear!: number;

  @Field(() => Int, { description: 'Last year of the programme.' })
  @Column({ name: 'end_year', type: 'int' })
  endYear!: number;

  @Field(() => MoneyScalar, { description: 'Budget over the whole period (VND).' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  budget!: number;
}
