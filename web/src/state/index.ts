/** Pure view state: filters, facets, URL state, reducers and the search index (unit-tested in Node). */
export * from './filters';
export * from './facets';
export * from './url-state';
export * from './reducers';
export * from './search-index';
export * from './quote';
