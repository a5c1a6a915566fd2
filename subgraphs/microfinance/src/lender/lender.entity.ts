import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LenderKind } from '../enums';

@ObjectType({
  description:
    'A lender whose loans this subgraph keeps: a microfinance institution (e.g. CEP) or a policy-bank branch (VBSP).',
})
@Entity('lender')
export class Lender {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Short unique code, e.g. CEP-DN.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => LenderKind)
  @Column({ type: 'varchar', length: 30 })
  kind!: LenderKind;

  @Field({ description: 'The province (or commune) the branch lends in; its officers must cover it.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
