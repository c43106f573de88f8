// `regnotify demo`: a newcomer's first five minutes, without an account. Starts the emulator and a webhook receiver
// in-process and runs each step through the real client and renderers, printing the command that does the same.
import type { Command } from 'commander';
import type { Context } from './context.js';
import { ApiError } from '../core/errors.js';
import { defineCommand, toCommand } from './define.js';

const NAMESPACE = 'quayadmin';
const NAME = 'demo-app';
const REPOSITORY = `${NAMESPACE}/${NAME}`;
const STEPS = 6;
const DELIVERY_WAIT_MS = 10_000;

export const demoSpec = defineCommand({
  name: 'demo',
  description: 'Try Quay notifications locally: create a repository, add a webhook, list, test, see the delivered payload, clean up',
  options: {},
  examples: ['regnotify demo', 'npx regnotify demo --no-color > demo.txt'],
  run: (context) => runDemo(context),
});

export function registerDemo(program: Command): void {
  program.addCommand(toCommand(demoSpec));
}

async function runDemo(context: Context): Promise<void> {
  // Loaded here, not with the command tree: `regnotify --help` needs none of it.
  const [{ startEmulator, EMULATOR_CREDENTIALS }, { startReceiver }, { createQuayClient }, { validateNotification }, { notificationListSpec, notificationSpec }, { createdRepositorySpec }] =
    await Promise.all([
      import('../emulator/index.js'),
      import('../emulator/receiver.js'),
      import('../platforms/quay/client.js'),
      import('../platforms/quay/catalog/index.js'),
      import('./notification/render.js'),
      import('./repo/render.js'),
    ]);
  const emulator = await startEmulator();
  const receiver = await startReceiver().catch(async (error: unknown) => {
    await emulator.stop();
    throw error;
  });
  try {
    const connection = context.connectionFor({ platform: 'quay', server: emulator.url, token: EMULATOR_CREDENTIALS.quayToken });
    const quay = createQuayClient(await context.http('quay', { connection }));
    const { output } = context;
    const say = (text = '') => context.io.out.write(`${text}\n`);
    let number = 0;
    const step = (title: string, commandLine?: string) => {
      say();
      say(output.chalk.bold(`Step ${++number}/${STEPS}: ${title}`));
      if (commandLine) say(`  $ ${commandLine}`);
    };
    const webhook = `${receiver.url}/quay`;

    say(output.chalk.bold('regnotify demo: Quay repository notifications, end to end'));
    // Both servers live only as long as the demo: the way to try the commands afterwards is an emulator of one's own.
    const port = new URL(emulator.url).port;
    say(`A Quay emulator runs at ${emulator.url} and a webhook receiver at ${receiver.url}. Both stop when the demo ends.`);
    say('Each step shows the command that does the same against any Quay. To run them yourself afterwards, start an');
    say(`emulator on the same port in another terminal (regnotify emulator --port ${port}) and set`);
    say(`  REGNOTIFY_SERVER=${emulator.url} REGNOTIFY_TOKEN=${EMULATOR_CREDENTIALS.quayToken}`);

    step('create a repository', `regnotify repo create ${NAME} --description "Created by regnotify demo"`);
    const created = await quay.repositories.create({ repository: NAME, visibility: 'private', description: 'Created by regnotify demo' });
    await output.object(created, createdRepositorySpec);

    step('add a webhook notification for pushes', `regnotify notification create ${REPOSITORY} --event repo_push --method webhook --url ${webhook} --title "Demo webhook"`);
    const { body, warnings } = validateNotification({ event: 'repo_push', method: 'webhook', config: { url: webhook }, eventConfig: {}, title: 'Demo webhook' }, { localServer: true });
    for (const warning of warnings) output.warn(warning);
    await quay.repositories.get({ namespace: NAMESPACE, name: NAME });
    const notification = await quay.notifications.create({ namespace: NAMESPACE, name: NAME }, body);
    await output.object(notification, notificationSpec);

    step('list the notifications of the repository', `regnotify notification list ${REPOSITORY}`);
    await output.list(await quay.notifications.list({ namespace: NAMESPACE, name: NAME }), notificationListSpec({ kind: 'repository', ref: { namespace: NAMESPACE, name: NAME }, label: REPOSITORY }));

    step('ask Quay to send a test event', `regnotify notification test ${REPOSITORY} ${notification.uuid}`);
    const delivery = receiver.next(DELIVERY_WAIT_MS);
    await quay.notifications.test({ namespace: NAMESPACE, name: NAME }, notification.uuid);
    say('  Quay answers at once and delivers in the background; waiting for the receiver...');
    const received = await delivery.catch(() => {
      throw new ApiError(`the emulator did not deliver the test payload within ${DELIVERY_WAIT_MS / 1000} s`);
    });

    step('see what the webhook received');
    say(`  ${received.method} ${webhook}  content-type: ${received.headers['content-type'] ?? ''}`);
    say(JSON.stringify(received.json ?? received.body, null, 2).replace(/^/gm, '  '));

    step('clean up', `regnotify notification delete ${REPOSITORY} ${notification.uuid} --yes && regnotify repo delete ${REPOSITORY} --yes`);
    await quay.notifications.delete({ namespace: NAMESPACE, name: NAME }, notification.uuid);
    await quay.repositories.delete({ namespace: NAMESPACE, name: NAME });
    say(`  Deleted the notification and ${REPOSITORY}.`);

    say();
    say(`The demo's emulator has stopped. Next: run your own with \`regnotify emulator --port ${port}\`, or point regnotify at your Quay:`);
    say('  regnotify profile add prod --platform quay --server https://quay.io --token-stdin < token.txt');
    say('  regnotify notification create acme/app --event repo_push --method webhook --url https://ci.example.com/hook');
    output.success('Demo finished');
  } finally {
    await receiver.stop();
    await emulator.stop();
  }
}
