import { describe, expect, it } from 'vitest';
import {
  decodeBase64Text,
  decodeWebhookConfigFromWire,
  encodeSubscriptionBodyForWire,
  encodeWebhookConfigForWire,
} from '../../../src/platforms/codearts/webhook-encoding.js';

// The request example in the API documentation (seed 004).
const wire = {
  url: 'aHR0cHM6Ly9xeWFwaS53ZWl4aW4ucXEuY29tL2NnaS1iaW4vd2ViaG9vay9zZW5kP2tleT02MDEyMTgxYS1lMzRmLTQ2NDUtYjU2MS01N2FiNGIzY2Q1NjY=',
  token: 'YXNkZmFzZGYyQDEyMw==',
  mention_users: '1;2',
  mention_phone: 'MTc4MTIzNDEyMzQ7MTg1MTIzNDEyMzQ7MTY3MTIzNDU2Nzg=',
};
const plain = {
  url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=6012181a-e34f-4645-b561-57ab4b3cd566',
  token: 'asdfasdf2@123',
  mention_users: '1;2',
  mention_phone: '17812341234;18512341234;16712345678',
};

describe('webhook_config wire encoding', () => {
  it('encodes url, token and mention_phone exactly as the documented example, leaving mention_users plain', () => {
    expect(encodeWebhookConfigForWire(plain)).toEqual(wire);
  });

  it('decodes the documented example back to what the user typed', () => {
    expect(decodeWebhookConfigFromWire(wire)).toEqual(plain);
  });

  it('round-trips UTF-8 text', () => {
    const config = { url: 'https://例子.测试/hook?名字=值', token: 'pässwörd' };
    expect(decodeWebhookConfigFromWire(encodeWebhookConfigForWire(config))).toEqual(config);
  });

  it('leaves absent fields absent', () => {
    expect(encodeWebhookConfigForWire({ mention_users: 'a' })).toEqual({ mention_users: 'a' });
  });

  it('refuses a field that is not base64', () => {
    expect(() => decodeWebhookConfigFromWire({ url: 'https://plain.example/hook' })).toThrow(
      'webhook_config.url is not base64-encoded UTF-8',
    );
    expect(decodeBase64Text('YWJj')).toBe('abc');
    expect(decodeBase64Text('YWJ')).toBeUndefined();
    expect(decodeBase64Text('/w==')).toBeUndefined();
  });

  it('encodes only the webhook part of a PUT body', () => {
    const body = { enabled: true, webhook_config: { url: plain.url } };
    expect(encodeSubscriptionBodyForWire(body)).toEqual({ enabled: true, webhook_config: { url: wire.url } });
    expect(body.webhook_config.url).toBe(plain.url);
    expect(encodeSubscriptionBodyForWire({ enabled: false })).toEqual({ enabled: false });
  });
});

describe('--webhook-token-encoding plain', () => {
  it('sends the token as typed and still base64-encodes url and mention_phone', () => {
    expect(encodeWebhookConfigForWire({ url: 'https://bot.example.com/h', token: 'asdfasdf2@123', mention_phone: '138' }, 'plain')).toEqual({
      url: 'aHR0cHM6Ly9ib3QuZXhhbXBsZS5jb20vaA==',
      token: 'asdfasdf2@123',
      mention_phone: 'MTM4',
    });
    expect(encodeSubscriptionBodyForWire({ webhook_config: { token: 'asdfasdf2@123' } }, 'plain')).toEqual({ webhook_config: { token: 'asdfasdf2@123' } });
  });

  it('decodes a plain token as is on the emulator side', () => {
    expect(decodeWebhookConfigFromWire({ token: 'asdfasdf2@123', url: 'aHR0cHM6Ly9ib3QuZXhhbXBsZS5jb20vaA==' }, 'plain')).toEqual({
      token: 'asdfasdf2@123',
      url: 'https://bot.example.com/h',
    });
  });
});
