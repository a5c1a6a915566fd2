export * from './browser';
export * from './operations';
export * from './sign-in';
