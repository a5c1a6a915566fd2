module.exports = {
  ...require('../../jest.config.base.js'),
  // One real PostgreSQL for the tests that need one (area rollups); `test` runs after this package's build.
  globalSetup: require.resolve('./dist/testing/global-setup.js'),
  globalTeardown: require.resolve('./dist/testing/global-teardown.js'),
};
