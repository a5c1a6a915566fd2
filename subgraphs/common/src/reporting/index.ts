export * from './report-section';
export * from './area-period';
export * from './area-report.entity';
export * from './area-report.migration';
export * from './timeliness';
export * from './reporting.types';
export * from './area-reporting';
export * from './wanted-figures';
