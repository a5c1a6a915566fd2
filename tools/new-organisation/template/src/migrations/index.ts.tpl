import { UnitsBefore20251763900000401, UnitTree1763900000400 } from '@chung-tay/common';
import { Initial{{timestamp}} } from './{{timestamp}}-Initial';

/** Applied in order by connectAndMigrate; the kit adds the audit log's, report sections' and rollups' migrations. */
export const migrations = [UnitTree1763900000400, UnitsBefore20251763900000401, Initial{{timestamp}}];
