export * from './browser';
export * from './operations';
