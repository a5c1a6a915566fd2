# {{en}} ({{vi}}) — subgraph `{{id}}`

Scaffolded by `npm run new-organisation`. It runs on port {{port}} (`{{PREFIX}}_PORT`), over its own PostgreSQL
(`{{PREFIX}}_DATABASE_URL`; `npm start` makes one), and its entry in `vocabulary/src/organisations.ts` names it, its
report section `{{PREFIX}}_PROGRESS` and the figures its generic dashboard section shows.

## What it has

- A member register (`{{Pascal}}Member`: name, unit, household, joining date) linked to the People's Committee's
  `Household` by id; `Household.{{camel}}Members` adds the members to a household.
- Access: its officers and admins register members inside their units; its staff list them and read one by id
  (`{{camel}}Member`) or by reference, inside their units; other organisations see no names (personal data),
  only the area figures.
- Its part of the cross-agency report through the kit: `AreaPeriod.{{camel}}` (members, households with members,
  disclosure-controlled for other readers), `AreaPeriod.{{camel}}Reporting` and its report versions.
- Tests against a real PostgreSQL (`npm test -w @chung-tay/{{id}}`): the kit's contracts from
  `@chung-tay/common/testing` (`describeRetiredUnits`, `describeAreaScope`, `describeStatementCounts`,
  `describeAreaReportVersions` in `area.test.ts`; `describeAccessMatrix` in `access.test.ts`), each given the
  subgraph and a small adapter built on `fixtures.ts` (`register`, `memberInput({ unitCode })`, `tokens()`), and
  the organisation's own hand-worked figures beside them. A new kind of record gets its own `describeAccessMatrix` call
  and its own hand-worked figures; the contracts stay as they are.

## What to write next

See the main README, "Adding an organisation".
