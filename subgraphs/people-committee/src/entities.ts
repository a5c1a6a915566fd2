import { AdministrativeUnit } from './administrative-unit/administrative-unit.entity';
import { Assessment } from './assessment/assessment.entity';
import { Household } from './household/household.entity';
import { HouseholdStatusChange } from './household/household-status-change.entity';
import { Person } from './person/person.entity';
import { PovertyStandard } from './poverty-standard/poverty-standard.entity';
import { Benefit } from './programme/benefit.entity';
import { Programme } from './programme/programme.entity';
import { Target } from './programme/target.entity';
import { ReportObligation } from './report-obligation/report-obligation.entity';

export const entities = [
  AdministrativeUnit,
  PovertyStandard,
  Household,
  HouseholdStatusChange,
  Person,
  Assessment,
  Programme,
  Benefit,
  Target,
  ReportObligation,
];
