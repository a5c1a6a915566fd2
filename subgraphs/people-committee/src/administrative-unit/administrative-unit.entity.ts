import { Directive, Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateScalar } from '@chung-tay/common';
import { AreaType, UnitKind, UnitLevel } from '../enums';

@ObjectType({ description: 'A province, a (pre-July-2025) district or a commune/ward, with its GSO code.' })
@Directive('@key(fields: "code")')
@Entity('administrative_unit')
export class AdministrativeUnit {
  @Field({ description: 'Permanent GSO code: 2 digits for a province, 3 for a district, 5 for a commune.' })
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code!: string;

  @Field({ description: 'Official Vietnamese name, e.g. Phường Sài Gòn.' })
  @Column({ type: 'text' })
  name!: string;

  @Field(() => UnitLevel, { description: 'Province, district (before July 2025) or commune.' })
  @Column({ type: 'varchar', length: 10 })
  level!: UnitLevel;

  @Field(() => UnitKind, {
    description: 'Central city, province, district (before July 2025), ward, commune or special zone.',
  })
  @Column({ type: 'varchar', length: 12 })
  kind!: UnitKind;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the unit directly above; null for a province.',
  })
  @Index()
  @Column({ name: 'parent_code', type: 'varchar', length: 5, nullable: true })
  parentCode!: string | null;

  @Field(() => DateScalar, { description: 'First day the unit existed under this code.' })
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day the unit existed; null while it exists.',
  })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Field(() => [String], { description: 'Codes of the units that took this one over when it was merged.' })
  @Column({ name: 'successor_codes', type: 'text', array: true, default: () => "'{}'" })
  successorCodes!: string[];

  @Field({ description: 'Whether this province splits poor households into A and B (e.g. Đồng Nai).' })
  @Column({ name: 'uses_poor_categories', type: 'boolean', default: false })
  usesPoorCategories!: boolean;

  @Field(() => AreaType, {
    nullable: true,
    description: 'Urban for wards, rural for communes and special zones.',
  })
  get areaType(): AreaType | null {
    return areaTypeOf(this.kind);
  }
}

export function areaTypeOf(kind: UnitKind): AreaType | null {
  if (kind === UnitKind.WARD) return AreaType.URBAN;
  if (kind === UnitKind.COMMUNE || kind === UnitKind.SPECIAL_ZONE) return AreaType.RURAL;
  return null;
}
