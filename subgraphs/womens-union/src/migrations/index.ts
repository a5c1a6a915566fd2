import { UnitTree1763900000400 } from '@chung-tay/common';

/** Applied in order by connectAndMigrate; the kit adds the audit log's migration. */
export const migrations = [UnitTree1763900000400];
