// The shared settings (swc, node environment): the helpers tested here are plain TypeScript, no DOM.
module.exports = { ...require('../jest.config.base.js') };
