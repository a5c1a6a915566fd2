import { UUID } from './paging';

/** Ids are UUIDs; anything else names no record (and must not reach SQL, where it would fail the batch). */
export const isUuid = (id: string): boolean => UUID.test(id);
