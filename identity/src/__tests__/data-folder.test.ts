import { join } from 'node:path';
import { identityDataDir, IDENTITY_FILES } from '../lib';

// One rule for the hub's launcher, its console notice and the benchmarks: the README's `.data/identity/`.
test("the provider's files live in identity/ inside the hub's data folder", () => {
  expect(identityDataDir('.data')).toBe(join('.data', 'identity'));
  expect(join(identityDataDir('/srv/hub-data'), IDENTITY_FILES.accounts)).toBe(
    '/srv/hub-data/identity/accounts.json',
  );
});
