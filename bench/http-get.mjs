// The floor for a request command: one GET with node:http and the body on stdout. Usage: node http-get.mjs URL TOKEN
import { request } from 'node:http';

const [url, token] = process.argv.slice(2);
request(url, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }, (response) => {
  let body = '';
  response.setEncoding('utf8').on('data', (chunk) => (body += chunk));
  response.on('end', () => {
    process.stdout.write(`${JSON.stringify(JSON.parse(body), null, 2)}\n`);
    process.exitCode = response.statusCode === 200 ? 0 : 1;
  });
}).end();
