const base = require('../jest.config.base.js');

// oauth4webapi and jose 6 (the tests' OAuth client and JWT verifier) are ES modules only: swc turns them into
// CommonJS for jest like the tests themselves.
module.exports = {
  ...base,
  transform: {
    ...base.transform,
    '/node_modules/(oauth4webapi|jose)/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(oauth4webapi|jose)/)'],
};
