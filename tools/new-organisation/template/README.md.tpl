# {{en}} ({{vi}}) — subgraph `{{id}}`

Scaffolded by `npm run new-organisation`. It runs on port {{port}} (`{{PREFIX}}_PORT`), over its own PostgreSQL
(`{{PREFIX}}_DATABASE_URL`; `npm start` makes one), and its entry in `vocabulary/src/organisations.ts` names it, its
report section `{{PREFIX}}_PROGRESS` and the figures its generic dashboard section shows.

## What it has

- A member register (`{{Pascal}}Member`: name, unit, household, joining date) linked to the People's Committee's
  `Household` by id; `Household.{{camel}}Members` adds the members to a household.
- Access: its officers and admins register members inside their units; its staff list them; other organisations
  see no names, only the area figures.
- Its part of the cross-agency report through the kit: `AreaPeriod.{{camel}}` (members, households with members,
  disclosure-controlled for other readers), `AreaPeriod.{{camel}}Reporting` and its report versions.
- Tests against a real PostgreSQL (`npm test -w @chung-tay/{{id}}`).

## What to write next

See the main README, "Adding an organisation".
