export * from './register-refs';
