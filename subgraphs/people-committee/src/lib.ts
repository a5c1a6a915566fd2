// The package's entry for other packages: the definition and the register's rules others check against, and
// nothing that starts a server; `index.ts` starts one.
export { subgraph } from './subgraph';
export { classifyHousehold, type StandardLines, type ClassificationResult } from './assessment/classify';
export { checkNationalId, makeNationalId } from './person/national-id';
export { Sex } from './enums';
