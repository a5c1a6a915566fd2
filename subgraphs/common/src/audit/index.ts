export * from './audit-entry.entity';
export * from './audit-trail';
export * from './audit.plugin';
export * from './audit-log.migration';
export * from './audit-criteria.migration';
export * from './audit-log.resolver';
export * from './arguments';
export * from './lookups';
