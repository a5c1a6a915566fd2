export * from './launcher';
export * from './dev-secret';
export * from './paths';
export * from './hub-control';
