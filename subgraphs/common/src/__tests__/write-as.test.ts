import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import type { RequestContext } from '../context';
import { ForbiddenError } from '../errors';
import { writeAs } from '../server/write-as';

const caller = { org: 'labour-union', units: ['75'], roles: ['viewer'], subject: 's' } as unknown as Caller;
const ctx = { caller, dataSource: {} as DataSource, loaders: {} } as unknown as RequestContext<object>;
const officersOnly = (c: Caller) => {
  if (!c.roles.includes('officer')) throw new ForbiddenError('only officers write');
};

describe('writeAs', () => {
  it('refuses before the service runs when the writer check fails, so nothing is written', () => {
    const service = jest.fn();
    expect(() => writeAs(ctx, officersOnly, service, { amount: 1 })).toThrow(ForbiddenError);
    expect(service).not.toHaveBeenCalled();
  });

  it("runs the service with the request's database, caller, loaders and the input once the check passes", () => {
    const service = jest.fn().mockReturnValue('written');
    const officer = { ...ctx, caller: { ...caller, roles: ['officer'] } } as RequestContext<object>;
    expect(writeAs(officer, officersOnly, service, { amount: 1 })).toBe('written');
    expect(service).toHaveBeenCalledWith(officer.dataSource, officer.caller, officer.loaders, { amount: 1 });
  });
});
