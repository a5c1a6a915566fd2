import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ReportSection } from './report-section';

export enum AreaReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  RETURNED = 'RETURNED',
}

/**
 * One version of an organisation's section of the report for a unit and a period, with its figures frozen as
 * they were when it was prepared: later changes to the records never move a submitted report. Every subgraph
 * keeps its own sections (the kit adds the table).
 */
@Entity('area_report')
@Unique('area_report_version', ['section', 'unitCode', 'periodCode', 'version'])
@Index('area_report_unit_period', ['unitCode', 'periodStart'])
export class AreaReportRow {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  section!: ReportSection;

  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Column({ name: 'period_code', type: 'varchar', length: 8 })
  periodCode!: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart!: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: AreaReportStatus;

  /** The section's figures as prepared (the organisation's indicators for the unit and period). */
  @Column({ type: 'jsonb' })
  figures!: Record<string, unknown>;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt!: Date;

  @Column({ name: 'prepared_by', type: 'text' })
  preparedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'submitted_by', type: 'text', nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;
}
