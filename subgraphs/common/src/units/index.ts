export * from './official-units';
export * from './unit-subtree';
export * from './unit-scope';
export * from './unit-tree.entity';
export * from './unit-tree.migration';
export * from './units-before-2025.migration';
export * from './units-in-force';
