// What other packages use of this organisation: its definition (the hub's launcher and generators find it here).
export { subgraph } from './subgraph';
