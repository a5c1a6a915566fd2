import { UnitsBefore20251763900000401, UnitTree1763900000400 } from '@chung-tay/common';
import { Initial1763900004000 } from './1763900004000-Initial';
import { NeedsListNames1763900004100 } from './1763900004100-NeedsListNames';
import { AreaRollupTriggers1763900008600 } from './1763900008600-AreaRollupTriggers';

/** Applied in order by connectAndMigrate; the kit adds the audit log's, report sections' and area rollups'. */
export const migrations = [
  UnitTree1763900000400,
  UnitsBefore20251763900000401,
  Initial1763900004000,
  NeedsListNames1763900004100,
  AreaRollupTriggers1763900008600,
];
