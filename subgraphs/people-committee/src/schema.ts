import { buildFederatedSchema, createAuditLogResolver } from '@chung-tay/common';
import { info } from './info';
import {
  AdministrativeUnitResolver,
  administrativeUnitReference,
} from './administrative-unit/administrative-unit.resolver';
import { AssessmentResolver } from './assessment/assessment.resolver';
import { HouseholdResolver, householdReference } from './household/household.resolver';
import { PersonResolver, personReference } from './person/person.resolver';
import { RegisterMatchResolver } from './person/register-match.resolver';
import { PovertyStandardResolver } from './poverty-standard/poverty-standard.resolver';
import { BenefitResolver, ProgrammeResolver, programmeReference } from './programme/programme.resolver';
import { TargetResolver } from './programme/target.resolver';
import { AreaPeriodResolver, peopleCommitteeAreaReporting as areaReporting } from './area/area.resolver';
import { ReportObligationResolver } from './report-obligation/report-obligation.resolver';

/** Builds the People's Committee subgraph schema; never listens (see index.ts). */
export function buildPeopleCommitteeSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        AdministrativeUnitResolver,
        HouseholdResolver,
        PersonResolver,
        RegisterMatchResolver,
        AssessmentResolver,
        PovertyStandardResolver,
        ProgrammeResolver,
        BenefitResolver,
        TargetResolver,
        ReportObligationResolver,
        AreaPeriodResolver,
        ...areaReporting.resolvers,
        createAuditLogResolver(info),
      ],
    },
    {
      ...areaReporting.references,
      ...administrativeUnitReference,
      ...householdReference,
      ...personReference,
      ...programmeReference,
    },
  );
}
