import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import {
  ACTION_NAMES,
  CHANNELS,
  channelTakesWebhook,
  formatEventRef,
  parseEventRef,
  parseEventSpec,
  parseRepositoryId,
  validateChannel,
  validateConfigSource,
  validateMentionPhones,
  validateMentionUsers,
  validateUsageWarning,
  validateWebhookUrl,
} from '../../../src/platforms/codearts/catalog.js';

function usageErrorOf(action: () => unknown): UsageError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toContain('\n');
    return error as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('catalog tables', () => {
  it('lists the five channels, of which the group bots take a webhook', () => {
    expect(CHANNELS.map((channel) => channel.name)).toEqual(['internal_message', 'email', 'qyweixin', 'feishu', 'dingding']);
    expect(CHANNELS.filter((channel) => channelTakesWebhook(channel.name)).map((channel) => channel.name)).toEqual([
      'qyweixin',
      'feishu',
      'dingding',
    ]);
  });

  it('knows the eleven actions', () => {
    expect(ACTION_NAMES).toHaveLength(11);
    expect(ACTION_NAMES).toContain('capacity_warning');
  });
});

describe('validateChannel and validateConfigSource', () => {
  it('accepts known values, whatever their case and surrounding spaces', () => {
    expect(validateChannel('feishu')).toBe('feishu');
    expect(validateChannel(' DingDing ')).toBe('dingding');
    expect(validateConfigSource('product')).toBe('product');
  });

  it('names the bad channel, the allowed ones and the closest', () => {
    expect(usageErrorOf(() => validateChannel('feishuu')).message).toBe(
      'unknown channel "feishuu" (allowed: internal_message, email, qyweixin, feishu, dingding); did you mean "feishu"?',
    );
  });

  it('refuses an unknown config source', () => {
    expect(usageErrorOf(() => validateConfigSource('project')).message).toMatch(/unknown config source "project" \(allowed: repo, product\)/);
  });
});

describe('validateUsageWarning', () => {
  it('accepts 60, 80 and 90, with or without a percent sign', () => {
    expect(validateUsageWarning('60')).toBe(60);
    expect(validateUsageWarning('80%')).toBe(80);
    expect(validateUsageWarning(' 90 ')).toBe(90);
  });

  it('refuses any other rate', () => {
    for (const text of ['70', '', 'eighty', '80.5', '0']) {
      expect(usageErrorOf(() => validateUsageWarning(text)).message).toBe(
        `invalid usage warning rate "${text}" (allowed: 60, 80, 90)`,
      );
    }
  });
});

describe('parseEventRef and parseEventSpec', () => {
  it('splits resource and action', () => {
    expect(parseEventRef('mr:open')).toEqual({ resource_type: 'mr', action: 'open' });
    expect(parseEventSpec('repo:capacity_warning')).toEqual({ resource_type: 'repo', action: 'capacity_warning' });
  });

  it('reads the roles to notify after =, dropping blanks and repeats', () => {
    expect(parseEventSpec('mr:open=creator, reviewer,creator,')).toEqual({
      resource_type: 'mr',
      action: 'open',
      role_names: ['creator', 'reviewer'],
    });
  });

  it('treats an empty role list as "notify no roles"', () => {
    expect(parseEventSpec('mr:merge=')).toEqual({ resource_type: 'mr', action: 'merge', role_names: [] });
  });

  it('refuses a malformed event', () => {
    for (const text of ['mr', 'mr:', ':open', 'mr:open:x', '']) {
      expect(usageErrorOf(() => parseEventSpec(text)).message).toBe(
        `invalid event "${text}" (expected resource:action, e.g. mr:open)`,
      );
    }
  });

  it('names an unknown resource type, action or role', () => {
    expect(usageErrorOf(() => parseEventSpec('pr:open')).message).toMatch(/^unknown resource type "pr" \(allowed: repo, mr, member, note\)/);
    expect(usageErrorOf(() => parseEventSpec('mr:opened')).message).toMatch(/^unknown action "opened" .*did you mean "open"\?$/);
    expect(usageErrorOf(() => parseEventSpec('mr:open=owner')).message).toMatch(
      /^unknown role "owner" \(allowed: creator, assignee, reviewer, scorer, approver\)/,
    );
  });

  it('formats an event back as resource:action', () => {
    expect(formatEventRef(parseEventRef('note:mention'))).toBe('note:mention');
  });
});

describe('validateMentionUsers and validateMentionPhones', () => {
  it('normalises a ;-separated list', () => {
    expect(validateMentionUsers(' u1 ;;u2; ')).toBe('u1;u2');
    expect(validateMentionPhones('17812341234;+86-18512341234')).toBe('17812341234;+86-18512341234');
    expect(validateMentionUsers('')).toBe('');
  });

  it('refuses a user id over 100 characters', () => {
    const long = 'u'.repeat(101);
    expect(validateMentionUsers('u'.repeat(100))).toHaveLength(100);
    expect(usageErrorOf(() => validateMentionUsers(`ok;${long}`)).message).toBe(
      `mention user "${long}" is too long (101 characters; at most 100 each)`,
    );
  });

  it('accepts a user list of exactly 1000 characters and refuses a longer one', () => {
    const exactly1000 = [...Array.from({ length: 9 }, () => 'u'.repeat(99)), 'u'.repeat(100)].join(';');
    expect(validateMentionUsers(exactly1000)).toHaveLength(1000);
    expect(usageErrorOf(() => validateMentionUsers(`${exactly1000};v`)).message).toBe(
      'mention user list is too long (1002 characters; at most 1000 in all, ";"-separated)',
    );
  });

  it('refuses a phone over 30 characters, or one that is not a number', () => {
    expect(usageErrorOf(() => validateMentionPhones('1'.repeat(31))).message).toMatch(/at most 30 each/);
    expect(usageErrorOf(() => validateMentionPhones('alice')).message).toBe(
      'invalid mention phone "alice" (allowed: digits, an optional leading +, and -)',
    );
  });

  it('refuses a phone list over 1000 characters', () => {
    const many = Array.from({ length: 40 }, () => '1'.repeat(25)).join(';');
    expect(usageErrorOf(() => validateMentionPhones(many)).message).toMatch(/^mention phone list is too long/);
  });
});

describe('validateWebhookUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(validateWebhookUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1')).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1',
    );
    expect(validateWebhookUrl(' http://10.0.0.1:8080/hook ')).toBe('http://10.0.0.1:8080/hook');
  });

  it('refuses relative URLs and other schemes', () => {
    for (const text of ['/hook', 'example.com/hook', 'ftp://example.com/hook', 'file:///etc/passwd', 'mailto:a@b.c']) {
      expect(usageErrorOf(() => validateWebhookUrl(text)).message).toBe(
        `invalid webhook URL "${text}" (expected an absolute http:// or https:// URL)`,
      );
    }
  });
});

describe('parseRepositoryId', () => {
  it('returns the numeric id within 1..2147483647', () => {
    expect(parseRepositoryId('1')).toBe(1);
    expect(parseRepositoryId(' 2111978605 ')).toBe(2111978605);
    expect(parseRepositoryId('2147483647')).toBe(2147483647);
  });

  it('returns undefined for a group/repo path, which is looked up instead', () => {
    expect(parseRepositoryId('my-group/my-repo')).toBeUndefined();
    expect(parseRepositoryId('group/sub/123')).toBeUndefined();
  });

  it('refuses a number out of range', () => {
    for (const text of ['0', '-3', '2147483648', '99999999999999999999']) {
      expect(usageErrorOf(() => parseRepositoryId(text)).message).toBe(
        `invalid repository id "${text}" (allowed: 1..2147483647, or a group/repo path)`,
      );
    }
  });

  it('refuses an empty repository', () => {
    expect(usageErrorOf(() => parseRepositoryId('  ')).message).toMatch(/^missing repository/);
  });
});
