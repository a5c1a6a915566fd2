import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AREA_FIGURES } from '../area/area-figures';

/**
 * The area figures now count the loans repaid in a period (the records behind the collected amounts, which the
 * threshold rule judges them by): rollups kept before lack that count, so they are computed again.
 */
export class AreaFiguresRepaidLoans1763900009300 implements MigrationInterface {
  name = 'AreaFiguresRepaidLoans1763900009300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM area_rollup WHERE figure = $1`, [AREA_FIGURES]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM area_rollup WHERE figure = $1`, [AREA_FIGURES]);
  }
}
