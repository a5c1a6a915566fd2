import { UnitsBefore20251763900000401, UnitTree1763900000400 } from '@chung-tay/common';
import { Initial1763900001000 } from './1763900001000-Initial';
import { AreaRollupTriggers1763900008500 } from './1763900008500-AreaRollupTriggers';
import { LoanVersion1763900009100 } from './1763900009100-LoanVersion';
import { AreaFiguresRepaidLoans1763900009300 } from './1763900009300-AreaFiguresRepaidLoans';

/** Applied in order by connectAndMigrate; the kit adds the audit log's, report sections' and area rollups'. */
export const migrations = [
  UnitTree1763900000400,
  UnitsBefore20251763900000401,
  Initial1763900001000,
  AreaRollupTriggers1763900008500,
  LoanVersion1763900009100,
  AreaFiguresRepaidLoans1763900009300,
];
