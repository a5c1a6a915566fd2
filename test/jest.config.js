module.exports = { ...require('../jest.config.base.js'), maxWorkers: 1, testTimeout: 120000 };
