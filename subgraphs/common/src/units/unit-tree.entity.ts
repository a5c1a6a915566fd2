import { Column, Entity, Index, PrimaryColumn, In, type DataSource } from 'typeorm';
import { createRowLoader } from '../loaders';

/**
 * A read-only copy of the official unit tree for subgraphs other than the People's Committee (which owns and
 * serves `AdministrativeUnit`): enough to scope reads to a caller's units and to filter "this unit and below".
 */
@Entity('unit_tree')
export class UnitTreeEntry {
  @PrimaryColumn({ type: 'varchar', length: 5 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  level!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: string;

  @Index()
  @Column({ name: 'parent_code', type: 'varchar', length: 5, nullable: true })
  parentCode!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  /** For a retired unit: the units that took its area over (their records make up its figures). */
  @Column({ name: 'successor_codes', type: 'text', array: true, default: () => "'{}'" })
  successorCodes!: string[];
}

/** Per-request loader of unit_tree rows by code (one statement per batch). */
export const createUnitTreeLoader = (dataSource: DataSource) =>
  createRowLoader(
    (codes: readonly string[]) => dataSource.getRepository(UnitTreeEntry).findBy({ code: In([...codes]) }),
    (u) => u.code,
  );
