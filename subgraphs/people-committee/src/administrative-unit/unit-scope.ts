import { ForbiddenError, type Caller } from '@chung-tay/common';
import type { Loaders } from '../loaders';

/** The unit and its ancestors, nearest first, read through the per-request unit loader. */
export async function unitLineage(loaders: Loaders, code: string): Promise<string[]> {
  const lineage: string[] = [];
  let current: string | null = code;
  while (current && lineage.length < 4) {
    lineage.push(current);
    current = (await loaders.unit.load(current))?.parentCode ?? null;
  }
  return lineage;
}

/** A caller's unit covers itself and everything below it. */
export async function assertCallerCoversUnit(caller: Caller, loaders: Loaders, code: string): Promise<void> {
  const lineage = await unitLineage(loaders, code);
  if (!lineage.some((c) => caller.units.includes(c))) {
    throw new ForbiddenError(
      `Unit ${code} is outside the units your token covers (${caller.units.join(', ')})`,
    );
  }
}
