import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { defineCommand, toCommand } from './define.js';

export const emulatorSpec = defineCommand({
  name: 'emulator',
  description: 'Run a local emulator of the Quay, Alauda and CodeArts APIs; prints its base URL and serves until Ctrl-C',
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
    const emulator = await startEmulator(Number(port), options.host ?? '127.0.0.1');
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
