import type { Command } from 'commander';
import { RegnotifyError, UsageError } from '../core/errors.js';
import { defineCommand, toCommand } from './define.js';

export const emulatorSpec = defineCommand({
  name: 'emulator',
  description: 'Run a local emulator of the Quay, Alauda and CodeArts APIs; prints its base URL, logs each request on stderr and serves until Ctrl-C',
  options: {
    port: { value: 'n', description: 'port to listen on (0 picks a free one)', default: '0' },
    host: { value: 'address', description: 'address to listen on', default: '127.0.0.1' },
  },
  examples: [
    'regnotify emulator --port 8080',
    'REGNOTIFY_SERVER=http://127.0.0.1:8080 REGNOTIFY_TOKEN=emulator-quay-token regnotify repo list --namespace quayadmin',
  ],
  async run(context, _args, options) {
    const port = options.port ?? '0';
    if (!/^\d+$/.test(port) || Number(port) > 65535) {
      throw new UsageError(`--port: invalid value "${port}" (allowed: 0 to 65535)`);
    }
    const { startEmulator, EMULATOR_CREDENTIALS } = await import('../emulator/index.js');
    const host = options.host ?? '127.0.0.1';
    // Each request on its own line, like a web server's access log: what a person trying commands wants to see.
    const emulator = await startEmulator(Number(port), host, { accessLog: (line) => context.output.notice(line) }).catch((error: unknown) => {
      throw listenError(error, host, port) ?? error;
    });
    context.io.out.write(`${emulator.url}\n`);
    context.output.notice(
      [
        `Emulating Quay (${emulator.url}/api/v1), Alauda (/v1) and CodeArts (/v4, IAM /v3).`,
        `Tokens: quay ${EMULATOR_CREDENTIALS.quayToken}, alauda ${EMULATOR_CREDENTIALS.alaudaToken}, codearts ${EMULATOR_CREDENTIALS.codeartsToken}`,
        `Alauda sign-in: ${EMULATOR_CREDENTIALS.alaudaUsername} / ${EMULATOR_CREDENTIALS.alaudaPassword}`,
        `CodeArts AK/SK: ${EMULATOR_CREDENTIALS.codeartsAccessKey} / ${EMULATOR_CREDENTIALS.codeartsSecretKey}; IAM: ${EMULATOR_CREDENTIALS.codeartsUsername} in domain ${EMULATOR_CREDENTIALS.codeartsDomain} / ${EMULATOR_CREDENTIALS.codeartsPassword} (--iam-endpoint ${emulator.url})`,
        'Press Ctrl-C to stop.',
      ].join('\n'),
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await emulator.stop();
  },
});

export function registerEmulator(program: Command): void {
  program.addCommand(toCommand(emulatorSpec));
}

/** A port that cannot be had is one line naming it, not a stack trace. */
function listenError(error: unknown, host: string, port: string): RegnotifyError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return new RegnotifyError(`cannot listen on ${host}:${port}: the port is already in use (pick another with --port, or --port 0 for a free one)`);
  if (code === 'EACCES') return new RegnotifyError(`cannot listen on ${host}:${port}: permission denied (ports below 1024 need privileges; pick another with --port)`);
  if (code === 'EADDRNOTAVAIL') return new RegnotifyError(`cannot listen on ${host}:${port}: no such address on this machine (check --host)`);
  return undefined;
}
