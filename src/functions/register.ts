/**
 * Entry of functions.js, loaded by taskpane.html (the shared runtime page). Loading functions.ts
 * registers the SAKIP functions: the metadata plugin appends `CustomFunctions.associate(...)` calls
 * to it. Only Excel's custom-functions runtime defines `CustomFunctions`; when the page is opened
 * anywhere else (a plain browser, Excel without custom functions) there is nothing to register with.
 */

if (typeof CustomFunctions !== 'undefined') {
  // A conditional, synchronous load: `import` cannot be conditional, and `import()` would register
  // the functions later, from a separate chunk.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./functions');
}
