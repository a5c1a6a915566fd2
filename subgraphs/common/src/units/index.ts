export * from './official-units';
export * from './unit-subtree';
export * from './unit-scope';
export * from './unit-tree.entity';
export * from './unit-tree.migration';
