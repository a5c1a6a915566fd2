export * from './import-report';
