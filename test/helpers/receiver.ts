// A fresh webhook receiver for each test of a file whose emulator fires deliveries. It is stopped only once the
// emulator's deliveries have settled: one still in flight when its test ends would be logged after the next test's
// reset.
import { afterEach, beforeEach } from 'vitest';
import { quayControl } from '../../src/emulator/quay/index.js';
import { startReceiver, type ReceivedRequest, type Receiver } from '../../src/emulator/receiver.js';
import type { EmulatorFixture } from './emulator.js';

/** The current test's receiver; stopping it early (to refuse connections) is fine, it is not stopped twice. */
export function useReceiver(fx: EmulatorFixture): Receiver {
  let current: Receiver | undefined;
  const receiver = () => {
    if (!current) throw new Error('the webhook receiver runs only inside a test');
    return current;
  };
  beforeEach(async () => {
    current = await startReceiver();
  });
  afterEach(async () => {
    await quayControl(fx.emulator).settled();
    await receiver().stop();
    current = undefined;
  });
  return {
    get url() {
      return receiver().url;
    },
    get received(): ReceivedRequest[] {
      return receiver().received;
    },
    get status() {
      return receiver().status;
    },
    set status(status: number) {
      receiver().status = status;
    },
    next: (timeoutMs?: number) => receiver().next(timeoutMs),
    stop: () => receiver().stop(),
  };
}
