// The floor for a request command: one GET with node:http and the body on stdout. Usage: node http-get.cjs URL TOKEN
// CommonJS on purpose: on Node 26 an ESM `import` of node:http builds its ESM facade, which reads every export and so
// loads Node's own bundled undici (~60 ms); require() does not.
const { request } = require('node:http');

const [url, token] = process.argv.slice(2);
request(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }, (response) => {
  let body = '';
  response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
  response.on('end', () => {
    process.stdout.write(`${JSON.stringify(JSON.parse(body), null, 2)}\n`);
    process.exitCode = response.statusCode === 200 ? 0 : 1;
  });
}).end();
