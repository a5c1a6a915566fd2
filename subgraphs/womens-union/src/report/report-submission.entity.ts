import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** That a chapter sent its periodic report to the level above, and when. */
@Entity('report_submission')
@Unique('report_submission_chapter_period', ['chapterId', 'periodCode'])
export class ReportSubmission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'chapter_id', type: 'uuid' })
  chapterId!: string;

  @Column({ name: 'unit_code', type: 'varchar', length: 5 })
  unitCode!: string;

  @Column({ name: 'period_code', type: 'varchar', length: 8 })
  periodCode!: string;

  @Column({ name: 'submitted_on', type: 'date' })
  submittedOn!: string;

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
