const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else names no record (and must not reach SQL, where it would fail the batch). */
export const isUuid = (id: string): boolean => UUID.test(id);
