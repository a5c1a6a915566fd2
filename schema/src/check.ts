import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { apiSchemaOf } from './api-schema';
import {
  checkBreakingChanges,
  describeReport,
  readDeclaredBreakingChanges,
  RELEASED_SUPERGRAPH_PATH,
} from './breaking';
import { REPO_ROOT, SUPERGRAPH_PATH } from './compose';
import { auditDescriptions } from './descriptions';

// `npm run check -w @chung-tay/schema [-- FILE]`: what the schema tests judge, for a supergraph file (the committed one
// by default), with every coordinate that lacks a description and every breaking change — the tests say only "fails".
const path = process.argv[2] ?? SUPERGRAPH_PATH;
const next = apiSchemaOf(readFileSync(path, 'utf8'));
const { missing, total } = auditDescriptions(next);
console.log(`${relative(REPO_ROOT, path)}: without a description`);
for (const kind of Object.keys(total) as (keyof typeof total)[]) {
  console.log(`  ${kind}: ${missing[kind].length} of ${total[kind]}`);
  for (const coordinate of missing[kind]) console.log(`    ${coordinate}`);
}
const problems = describeReport(
  checkBreakingChanges(
    apiSchemaOf(readFileSync(RELEASED_SUPERGRAPH_PATH, 'utf8')),
    next,
    readDeclaredBreakingChanges(),
  ),
);
console.log(`against ${relative(REPO_ROOT, RELEASED_SUPERGRAPH_PATH)}: ${problems.length} problem(s)`);
for (const line of problems) console.log(`  ${line}`);
const described = Object.values(missing).every((list) => list.length === 0);
process.exitCode = described && problems.length === 0 ? 0 : 1;
