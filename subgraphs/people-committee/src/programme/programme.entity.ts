import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, MoneyScalar } from '@chung-tay/common';
import { Organisation, ProgrammeKind } from '../enums';

@ObjectType({ description: 'A programme, project or support policy in the catalogue.' })
@Directive('@key(fields: "id")')
@Entity('programme')
export class Programme {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => ProgrammeKind)
  @Column({ type: 'varchar', length: 40 })
  kind!: ProgrammeKind;

  @Field(() => Organisation, { description: 'The organisation that runs the programme.' })
  @Column({ name: 'owner_organisation', type: 'varchar', length: 20 })
  ownerOrganisation!: Organisation;

  @Field(() => Int)
  @Column({ name: 'start_year', type: 'int' })
  startYear!: number;

  @Field(() => Int)
  @Column({ name: 'end_year', type: 'int' })
  endYear!: number;

  @Field(() => MoneyScalar, { description: 'Budget over the whole period (VND).' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  budget!: number;
}
