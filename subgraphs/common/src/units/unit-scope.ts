import type { Caller } from '../auth/caller';
import { ForbiddenError } from '../errors';

/** Reads one unit's parent, e.g. through a per-request DataLoader. */
export type LoadUnitParent = (code: string) => Promise<{ parentCode: string | null } | null | undefined>;

/** The unit and its ancestors, nearest first. */
export async function unitLineage(load: LoadUnitParent, code: string): Promise<string[]> {
  const lineage: string[] = [];
  let current: string | null = code;
  while (current && lineage.length < 4) {
    lineage.push(current);
    current = (await load(current))?.parentCode ?? null;
  }
  return lineage;
}

/** A caller's unit covers itself and everything below it. */
export async function callerCoversUnit(caller: Caller, load: LoadUnitParent, code: string): Promise<boolean> {
  const lineage = await unitLineage(load, code);
  return lineage.some((c) => caller.units.includes(c));
}

export async function assertCallerCoversUnit(
  caller: Caller,
  load: LoadUnitParent,
  code: string,
): Promise<void> {
  if (!(await callerCoversUnit(caller, load, code))) {
    throw new ForbiddenError(
      `Unit ${code} is outside the units your token covers (${caller.units.join(', ')})`,
    );
  }
}
