import { Field, ID, ObjectType, UseMiddleware } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintTransformer, DateScalar, MoneyScalar, VisibleOnlyTo } from '@chung-tay/common';
import { WomensUnionSupportKind } from '../enums';

@ObjectType({
  description:
    'Support a chapter gave a household or one of its members: training, a scholarship, a house, a gift.',
})
@Entity('support_activity')
export class WomensUnionSupportActivity {
  @Field(() => ID, { description: "Its id in the owning organisation's records; stable, opaque." })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => ID, { description: "Id of the Women's Union chapter." })
  @Index()
  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Field({ description: "GSO code of the chapter's unit." })
  @Index()
  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Field(() => WomensUnionSupportKind, { description: 'Training, a scholarship, a house, a gift …' })
  @Index()
  @Column({ type: 'varchar', length: 20 })
  kind!: WomensUnionSupportKind;

  @Field(() => ID, { description: "Id of the household in the People's Committee's register." })
  @Index()
  @Column({ name: 'household_id', type: 'uuid' })
  householdId!: string;

  @Field(() => ID, { nullable: true, description: 'The member of the household it went to, when personal.' })
  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId!: string | null;

  @Field(() => DateScalar, { description: 'The day it was given.' })
  @Index()
  @Column({ type: 'date' })
  date!: string;

  @Field(() => MoneyScalar, { description: 'Value of the support (VND).' })
  @Column({ type: 'bigint', transformer: bigintTransformer })
  value!: number;

  @Field(() => String, { nullable: true, description: "What was given, by whom; Women's Union only." })
  @UseMiddleware(VisibleOnlyTo('womens-union'))
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
