// undici's floor for a request command: the parts of undici regnotify bundles (src/http/undici.ts), one GET, the
// body on stdout; nothing else of the program. bench/startup.mjs bundles it the way scripts/build.mjs bundles the CLI
// and runs it with a V8 code cache as bin/regnotify.js runs the CLI (bench/cached-run.mjs), so the two compare.
import { Agent } from '../src/http/undici.ts';

const [address, token] = process.argv.slice(2);
const url = new URL(address);
void new Agent()
  .request({ origin: url.origin, path: url.pathname, method: 'GET', headers: { authorization: `Bearer ${token}`, accept: 'application/json' } })
  .then(async (response) => {
    process.stdout.write(`${JSON.stringify(JSON.parse(await response.body.text()), null, 2)}\n`);
    process.exit(response.statusCode === 200 ? 0 : 1);
  });
