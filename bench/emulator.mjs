// What both benchmarks share: the built CLI and `regnotify emulator` started as a child on a free port.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../bin/regnotify.js', import.meta.url));

/** Resolves with the child and its base URL once the emulator prints it (its first line). */
export function startEmulator() {
  const child = spawn(process.execPath, [bin, 'emulator', '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`regnotify emulator exited ${code}`)));
    const firstLine = (chunk) => {
      output += chunk;
      if (!output.includes('\n')) return;
      // The emulator logs a line per request from then on: keep draining its pipe, without keeping the text.
      child.stdout.off('data', firstLine).resume();
      resolve({ child, url: output.split('\n')[0].trim() });
    };
    child.stdout.setEncoding('utf8').on('data', firstLine);
  });
}
