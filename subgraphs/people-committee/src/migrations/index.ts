import { Initial1763900000000 } from './1763900000000-Initial';
import { OfficialUnits20251763900000001 } from './1763900000001-OfficialUnits2025';
import { PovertyStandards1763900000002 } from './1763900000002-PovertyStandards';
import { AreaReporting1763900000003 } from './1763900000003-AreaReporting';
import { AreaRollupTriggers1763900008000 } from './1763900008000-AreaRollupTriggers';
import { HouseholdVersion1763900009000 } from './1763900009000-HouseholdVersion';

export const migrations = [
  Initial1763900000000,
  OfficialUnits20251763900000001,
  PovertyStandards1763900000002,
  AreaReporting1763900000003,
  AreaRollupTriggers1763900008000,
  HouseholdVersion1763900009000,
];
