module.exports = {
  ...require('../jest.config.base.js'),
  maxWorkers: 1,
  testTimeout: 120000,
  // One demo hub is seeded for the whole run; test files start theirs on a copy of its data folder.
  globalSetup: '<rootDir>/src/global-setup.ts',
  globalTeardown: '<rootDir>/src/global-teardown.ts',
  // Every test stops its hub in afterAll; a hub that failed to start is stopped by the launcher. This is the last
  // guard: a leftover handle must end the run, not hold it until CI's time is up.
  forceExit: true,
};
