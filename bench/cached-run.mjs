// Runs a CommonJS bundle the way bin/regnotify.js runs the CLI: compiled with a V8 code cache that the first run
// writes after it ran. Usage: node cached-run.mjs BUNDLE CACHE-FILE ARGS... (the bundle sees ARGS as argv[2...]).
const builtin = process.getBuiltinModule;
const { readFileSync, writeFileSync } = builtin('node:fs');
const [file, cacheFile] = process.argv.splice(2, 2);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const source = readFileSync(file, 'utf8');
const script = new (builtin('node:vm').Script)(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
if (script.cachedDataRejected !== false) process.once('exit', () => writeFileSync(cacheFile, script.createCachedData()));
const bundle = { exports: {} };
script.runInThisContext().call(bundle.exports, bundle.exports, builtin('node:module').createRequire(file), bundle, file, builtin('node:path').dirname(file));
