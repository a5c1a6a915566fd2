import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LenderKind } from '../enums';

@ObjectType({
  description:
    'A lender whose loans this subgraph keeps: a microfinance institution (e.g. CEP) or a policy-bank branch (VBSP).',
})
@Entity('lender')
export class Lender {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Short unique code, e.g. CEP-DN.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Field({ description: 'e.g. Tổ chức tài chính vi mô CEP.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => LenderKind, { description: 'A microfinance institution or a policy-bank branch.' })
  @Column({ type: 'varchar', length: 30 })
  kind!: LenderKind;

  @Field({ description: 'The province (or commune) the branch lends in; its officers must cover it.' })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
