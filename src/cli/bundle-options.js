// How the command line's sources become one JavaScript file (bin.js), shared with the bench, whose
// children are bundled the same way so that their whole-process figures match the command's.
// Plain JavaScript: bin.js imports it before anything can load TypeScript.
export const NODE_BUNDLE_OPTIONS = Object.freeze({
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages stay in node_modules: the bundle holds our sources only.
  packages: 'external',
  logLevel: 'silent',
});
