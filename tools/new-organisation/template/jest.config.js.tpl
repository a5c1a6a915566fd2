module.exports = {
  ...require('../../jest.config.base.js'),
  globalSetup: require.resolve('@chung-tay/common/testing/global-setup'),
  globalTeardown: require.resolve('@chung-tay/common/testing/global-teardown'),
};
