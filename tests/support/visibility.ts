// Moved to src/puppet (the app draws its exercise demonstrations with it); this re-export keeps
// imports of the old path working.
export * from '../../src/puppet/visibility';
