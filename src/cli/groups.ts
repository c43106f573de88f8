// The command groups as the root help shows them. A group's verbs, and everything they import, load only when the
// command line names the group (or when the whole tree is wanted: completion scripts, tests), so `regnotify --help`
// and `regnotify repo get` do not load the hook, subscription and profile verbs.
import type { GroupBody } from './define.js';

export interface LazyGroup {
  readonly name: string;
  readonly description: string;
  load(): Promise<GroupBody>;
}

export const PROFILE_GROUP: LazyGroup = {
  name: 'profile',
  description: 'Manage stored profiles: a platform, a server and credentials under one name',
  load: async () => (await import('./profile/index.js')).profileGroup,
};

export const REPO_GROUP: LazyGroup = {
  name: 'repo',
  description: 'Quay: create, list, show, update, publish and delete repositories',
  load: async () => (await import('./repo/index.js')).repoGroup,
};

export const NOTIFICATION_GROUP: LazyGroup = {
  name: 'notification',
  description: 'Quay: repository and namespace notifications (webhook, Slack, e-mail, in-app, …): create, list, show, test, reset, delete; e-mail authorization',
  load: async () => (await import('./notification/index.js')).notificationGroup,
};

export const HOOK_GROUP: LazyGroup = {
  name: 'hook',
  description: 'Manage Alauda web hooks on build repositories, image repositories and jobs',
  load: async () => (await import('./hook/index.js')).hookGroup,
};

export const SUBSCRIPTION_GROUP: LazyGroup = {
  name: 'subscription',
  description: 'Huawei Cloud CodeArts Repo: notification subscription settings of a repository, per channel',
  load: async () => (await import('./subscription/index.js')).subscriptionGroup,
};
