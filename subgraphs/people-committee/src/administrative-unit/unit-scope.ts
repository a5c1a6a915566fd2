import {
  assertCallerCoversUnit as assertCovers,
  unitLineage as lineageOf,
  type Caller,
} from '@chung-tay/common';
import type { Loaders } from '../context';

/** The unit and its ancestors, nearest first, read through the per-request unit loader. */
export const unitLineage = (loaders: Loaders, code: string) => lineageOf((c) => loaders.unit.load(c), code);

/** A caller's unit covers itself and everything below it. */
export const assertCallerCoversUnit = (caller: Caller, loaders: Loaders, code: string) =>
  assertCovers(caller, (c) => loaders.unit.load(c), code);
