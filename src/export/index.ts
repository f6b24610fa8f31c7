/** Writers of the built graph (pure: shared by the command line and the viewer). */
export * from './json';
export * from './gexf';
