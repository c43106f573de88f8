// Alauda in a declarative file: hooks match by subject type + subject + name; any difference in events, url,
// secret (Alauda returns it, so it is compared) or active is one PUT of the whole writable set.
import { unlessRefused } from '../core/errors.js';
import { maskSecrets } from '../core/redact.js';
import {
  validateEvents,
  validateHookName,
  validateHookSecret,
  validateHookSecretGiven,
  validateHookUrl,
  validateSubject,
  validateSubjectType,
} from '../platforms/alauda/catalog.js';
import type { AlaudaClient } from '../platforms/alauda/client.js';
import { alaudaPlatform } from '../platforms/alauda/index.js';
import type { Hook } from '../platforms/alauda/schemas.js';
import { fieldChecker, type Problem } from './load.js';
import { parseFieldsReporting } from './schema-problems.js';
import { addLeftovers, changedSecretsNote, emptyPart, sameJson, type Change, type PlanPart } from './model.js';
import { alaudaHookSchema, type AlaudaTargetOutline } from './schema.js';
import { targetUnit, targetUnits, type PlanUnit, type Session, type TargetClient } from './session.js';

export interface DesiredHook {
  name: string;
  subject_type: string;
  subject: string;
  events: string[];
  url: string;
  secret: string;
  active: boolean;
}

export interface DesiredAlaudaTarget {
  profile?: string;
  hooks: DesiredHook[];
}

export const identity = (hook: { subject_type: string; subject: string; name: string }) => `${hook.subject_type} ${hook.subject}: ${hook.name}`;

export function desiredAlauda(targets: readonly AlaudaTargetOutline[], problems: Problem[]): DesiredAlaudaTarget[] {
  return targets.map((target, index) => {
    const seen = new Set<string>();
    const hooks = target.hooks.flatMap((written, position) => {
      const path = ['alauda', index, 'hooks', position];
      const parsed = parseFieldsReporting(alaudaHookSchema, written, path, problems);
      if (!parsed) return [];
      const hook = parsed.entry;
      // The checks of the fields given, even when another is of the wrong kind: every problem of the hook at once.
      const checker = fieldChecker(problems, path);
      const check = <V, T>(field: string, value: V | undefined, validate: (value: V) => T) => (value === undefined ? undefined : checker(field, () => validate(value)));
      const subjectType = check('subject_type', hook.subject_type, validateSubjectType);
      const subject = subjectType && check('subject', hook.subject, (text) => validateSubject(subjectType, text));
      // Each event at its own line and column, every unknown one reported.
      const checkEvent = fieldChecker(problems, [...path, 'events']);
      const eventChecks = subjectType && hook.events?.map((event, index) => checkEvent(index, () => validateEvents(subjectType, [event])));
      const events = eventChecks?.every(Boolean) ? [...new Set(hook.events)] : undefined;
      const url = check('url', hook.url, validateHookUrl);
      // Checked as hook create --name, but kept as written: the name identifies the hook, and a server's "  x  " is not "x".
      const name = check('name', hook.name, validateHookName) && hook.name;
      // Only blank here: the minimum length applies to a secret the plan would send new (see newSecretProblem).
      const secret = check('secret', hook.secret, validateHookSecretGiven);
      if (!parsed.complete || !subjectType || subject === undefined || !events || !url || !name || !secret) return [];
      const key = identity({ subject_type: subjectType, subject, name });
      if (seen.has(key)) problems.push({ path: [...path, 'name'], message: `duplicate hook "${key}" (subject type, subject and name identify a hook)` });
      seen.add(key);
      return [{ name, subject_type: subjectType, subject, events: [...events], url, secret, active: hook.active ?? true }];
    });
    return { profile: target.profile, hooks };
  });
}

/**
 * `hook create --secret`'s minimum length, for a secret that the hook does not have yet. A hook made elsewhere with a
 * shorter secret (Alauda's own example has "123456") keeps it: export, then plan, of that hook shows no change.
 */
function newSecretProblem(secret: string, existing: Hook | undefined): string | undefined {
  if (existing?.secret === secret) return undefined;
  let problem: string | undefined;
  unlessRefused(() => validateHookSecret(secret), (error) => (problem = error.message));
  return problem;
}

const writable = (hook: Pick<Hook, 'events' | 'url' | 'secret' | 'is_active' | 'name'>) => ({
  name: hook.name,
  events: [...hook.events].sort(),
  url: hook.url,
  secret: hook.secret,
  is_active: hook.is_active,
});

const fromDesired = (hook: DesiredHook) => writable({ ...hook, is_active: hook.active });

/** The plan's view of a hook in the file's words (`active`, not Alauda's `is_active`), the secret masked. */
const shown = ({ is_active: active, ...rest }: ReturnType<typeof writable>) => maskSecrets({ ...rest, active });

async function planSubject(session: Session, target: TargetClient<AlaudaClient>, hooks: DesiredHook[], prune: boolean): Promise<PlanPart> {
  const part = emptyPart();
  const alauda = target.client;
  const { subject_type: subjectType, subject } = hooks[0];
  const change = (fields: Pick<Change, 'action' | 'target' | 'before' | 'after' | 'run'> & { notes?: string[] }): Change => ({
    platform: 'alauda',
    profile: target.profile,
    server: target.server,
    notes: [],
    ...fields,
  });
  // Kept to the subject here too: a server that ignored the filter must not have --prune delete another subject's hooks.
  const listed = await session.limited(target.server, () => alauda.hooks.list({ subjectType, subject }));
  const live = listed.filter((hook) => hook.subject_type === subjectType && hook.subject === subject);
  const matched = new Set<number>();
  for (const desired of hooks) {
    const same = live.filter((hook) => hook.name === desired.name);
    if (same.length > 1) part.warnings.push(`${identity(desired)}: ${same.length} hooks share this identity; the first is matched${prune ? ', --prune deletes the others' : ''}`);
    const existing = same[0];
    if (existing) matched.add(existing.id);
    const weak = newSecretProblem(desired.secret, existing);
    if (weak) {
      part.errors.push({ platform: 'alauda', profile: target.profile, target: identity(desired), message: weak });
      continue;
    }
    const after = fromDesired(desired);
    if (!existing) {
      part.changes.push(
        change({
          action: 'create',
          target: identity(desired),
          before: null,
          after: shown(after),
          run: async () => {
            const body = { subject_type: subjectType, subject, events: after.events, secret: after.secret, url: after.url, name: after.name };
            const created = await session.limited(target.server, () => alauda.hooks.create(body));
            // Alauda creates hooks active; an inactive one takes a second call.
            if (!after.is_active) await session.limited(target.server, () => alauda.hooks.update(created.id, writable({ ...created, is_active: false })));
          },
        }),
      );
      continue;
    }
    if (sameJson(writable(existing), after)) {
      part.unchanged++;
      continue;
    }
    part.changes.push(
      change({
        action: 'update',
        target: identity(desired),
        before: shown(writable(existing)),
        after: shown(after),
        notes: changedSecretsNote(writable(existing), after, (hook) => maskSecrets(hook)),
        run: async () => void (await session.limited(target.server, () => alauda.hooks.update(existing.id, after))),
      }),
    );
  }
  addLeftovers(part, live.filter((item) => !matched.has(item.id)), prune, (hook) =>
    change({
      action: 'delete',
      target: identity(hook),
      before: shown(writable(hook)),
      after: null,
      run: () => session.limited(target.server, () => alauda.hooks.delete(hook.id)),
    }),
  );
  return part;
}

/** One unit per subject (subject type + subject): one list of its hooks. */
export function alaudaUnits(session: Session, targets: readonly DesiredAlaudaTarget[], prune: boolean): Promise<PlanUnit[]> {
  return targetUnits(session, alaudaPlatform, targets, (target, desired) => {
    const bySubject = new Map<string, DesiredHook[]>();
    for (const hook of desired.hooks) {
      const key = `${hook.subject_type} ${hook.subject}`;
      const hooks = bySubject.get(key);
      if (hooks) hooks.push(hook);
      else bySubject.set(key, [hook]);
    }
    return [...bySubject].map(([key, hooks]) => targetUnit(target, 'alauda', key, () => planSubject(session, target, hooks, prune)));
  });
}
