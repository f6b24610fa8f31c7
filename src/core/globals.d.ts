/**
 * The globals the core uses, which browsers and Node both have. Declared here because the core
 * compiles without Node's types and without the DOM's (see tsconfig.json).
 */
declare const performance: { now(): number };
