module.exports = {
  ...require('../../jest.config.base.js'),
  globalSetup: require.resolve('@chung-tay/common/dist/testing/global-setup.js'),
  globalTeardown: require.resolve('@chung-tay/common/dist/testing/global-teardown.js'),
};
