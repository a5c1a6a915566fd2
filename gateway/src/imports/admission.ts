import { hasRole, HubError, ORGANISATION_NAMES, type Caller, type TokenVerifier } from '@chung-tay/common';
import type express from 'express';
import { ExportRefused } from '../exports/operation';
import { IMPORT_ROLES, type ImportKind } from './kinds';

/**
 * The caller, checked before a byte of the file is read: a valid token (401), of the organisation that owns the
 * list and with a role that writes its records (403). A file from anyone else is never received, let alone parsed.
 */
export async function admitCaller(
  verifyToken: TokenVerifier,
  authorization: string | undefined,
  kind: ImportKind,
): Promise<Caller> {
  const caller = await verifyToken(authorization).catch((error: unknown) => {
    if (error instanceof HubError) throw new ExportRefused(401, error.message, 'UNAUTHENTICATED');
    throw error;
  });
  if (caller.org !== kind.organisation || !hasRole(caller, ...IMPORT_ROLES))
    throw new ExportRefused(
      403,
      `only ${ORGANISATION_NAMES[kind.organisation].en} ${IMPORT_ROLES.join('s and ')}s import the ${kind.name} list; ` +
        `your token is for ${ORGANISATION_NAMES[caller.org]?.en ?? caller.org} as ${caller.roles.join(', ') || 'no role'}`,
      'FORBIDDEN',
    );
  return caller;
}

/**
 * How many files the gateway reads at once: each holds up to its limits in memory (the body, the shared strings,
 * the rows), so two at a time keep a capped heap safe; a third caller is asked to retry (503). One organisation
 * reads one file at a time, so its officers' slow or stalled uploads never keep another organisation's lists out.
 */
export class ImportSlots {
  private readonly reading = new Set<string>();

  constructor(private readonly max: number) {}

  take(organisation: string): () => void {
    if (this.reading.has(organisation))
      throw new ExportRefused(
        503,
        `the gateway is already reading a file of your organisation; send this one when it is done`,
        'UNAVAILABLE',
      );
    if (this.reading.size >= this.max)
      throw new ExportRefused(
        503,
        `the gateway is reading ${this.max} other files; send this one again in a minute`,
        'UNAVAILABLE',
      );
    this.reading.add(organisation);
    let released = false;
    return () => {
      if (!released) this.reading.delete(organisation);
      released = true;
    };
  }
}

/** How long a refused upload's connection stays open after the answer, its bytes discarded unread. */
const LINGER_MS = 5_000;

/**
 * Answers a refusal. When the body has not been read, it never will be: what the client still sends is thrown
 * away as it arrives, and the connection is closed shortly after the answer. Closing at once would reset the
 * connection while the client is still sending, and most clients (fetch, the CLI) then lose the answer too.
 */
export function refuse(req: express.Request, res: express.Response, error: ExportRefused) {
  if (error.status === 503) res.set('retry-after', '60');
  if (!req.complete)
    res.once('finish', () => {
      req.removeAllListeners('data');
      req.on('data', () => {}).resume();
      const socket = req.socket;
      const timer = setTimeout(() => socket.destroy(), LINGER_MS);
      socket.once('close', () => clearTimeout(timer));
    });
  res.status(error.status).json(error.toJSON());
}
