// The package's entry for other packages: the definition (the hub's seed, the scaffold) and nothing that starts a
// server; `index.ts` starts one.
export { subgraph } from './subgraph';
