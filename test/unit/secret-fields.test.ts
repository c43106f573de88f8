import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../src/core/redact.js';
import { DESCRIPTORS, PLATFORMS } from '../../src/platforms/index.js';
import { QUAY_METHODS } from '../../src/platforms/quay/catalog/index.js';

const allFields = () => Promise.all(PLATFORMS.map((name) => DESCRIPTORS[name].secretFields()));

describe('secret fields declared by the platforms', () => {
  it('mask every Quay config key the catalog marks secret, at any depth, and nothing else', async () => {
    const fields = await allFields();
    const secretKeys = QUAY_METHODS.flatMap((method) => method.configKeys.filter((key) => key.secret).map((key) => `${method.name}.${key.key}`));
    expect(secretKeys).toEqual(['slack.url', 'flowdock.flow_api_token', 'hipchat.notification_token']);
    for (const method of QUAY_METHODS) {
      const config = Object.fromEntries(method.configKeys.map((key) => [key.key, `value-of-${key.key}`]));
      const [masked] = maskSecrets([{ uuid: 'u', method: method.name, config }], fields);
      for (const key of method.configKeys) {
        expect(masked.config[key.key] === `value-of-${key.key}`).toBe(!key.secret);
      }
    }
  });

  it('keep the origin of a secret URL when asked (output), not otherwise (traces), and leave an empty one empty', async () => {
    const fields = await allFields();
    const slack = { method: 'slack', config: { url: 'https://hooks.slack.com/services/T/B/x' } };
    expect(maskSecrets(slack, fields, { keepOrigin: true }).config.url).toBe('https://hooks.slack.com/***');
    expect(maskSecrets(slack, fields).config.url).toBe('***');
    expect(maskSecrets({ method: 'slack', config: { url: 'not a url' } }, fields, { keepOrigin: true }).config.url).toBe('***');
    expect(maskSecrets({ method: 'slack', config: { url: '' } }, fields).config.url).toBe('');
  });

  it('mask an Alauda hook secret and a CodeArts webhook token, and keep a "__proto__" key an own field', async () => {
    const fields = await allFields();
    expect(maskSecrets({ id: 4, subject_type: 'job', secret: 'abc' }, fields)).toEqual({ id: 4, subject_type: 'job', secret: '***' });
    expect(maskSecrets({ webhook_config: { url: 'https://bot.example.com/h', token: 'tok' } }, fields)).toEqual({ webhook_config: { url: 'https://bot.example.com/h', token: '***' } });
    const hostile = JSON.parse('{"__proto__":{"token":"t"}}') as Record<string, unknown>;
    const masked = maskSecrets(hostile, fields);
    expect(Object.getPrototypeOf(masked)).toBe(Object.prototype);
    expect(Object.hasOwn(masked, '__proto__')).toBe(true);
  });
});
