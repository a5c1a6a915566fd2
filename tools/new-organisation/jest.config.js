module.exports = { ...require('../../jest.config.base.js'), testTimeout: 300000 };
