export * from './types';
export * from './bulk-insert';
export * from './columns';
export * from './dates';
export * from './random-streams';
export * from './register';
export { mulberry32, type Rng } from '../random';
