export * from './threshold-rule';
export * from './disclosure.types';
export * from './discloser';
