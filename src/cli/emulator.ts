import { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { examples, handler } from './command.js';

interface EmulatorOptions {
  port: string;
  host: string;
}

export function registerEmulator(program: Command): void {
  const command = program
    .command('emulator')
    .description('Run a local emulator of the Quay, Alauda and CodeArts APIs; prints its base URL and serves until Ctrl-C')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(
      handler<EmulatorOptions>(async (context, _args, options) => {
        if (!/^\d+$/.test(options.port) || Number(options.port) > 65535) {
          throw new UsageError(`--port: invalid value "${options.port}" (allowed: 0 to 65535)`);
        }
        const { startEmulator, EMULATOR_CREDENTIALS } = await import('../emulator/index.js');
        const emulator = await startEmulator(Number(options.port), options.host);
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
      }),
    );
  examples(command, [
    'regnotify emulator --port 8080',
    'REGNOTIFY_SERVER=http://127.0.0.1:8080 REGNOTIFY_TOKEN=emulator-quay-token regnotify repo list --namespace quayadmin',
  ]);
}
