import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Env } from '../core/io.js';

/** REGNOTIFY_CONFIG_DIR, else $XDG_CONFIG_HOME/regnotify, else ~/.config/regnotify. */
export function configDirectory(env: Env): string {
  if (env.REGNOTIFY_CONFIG_DIR) return env.REGNOTIFY_CONFIG_DIR;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'regnotify');
  return join(env.HOME || homedir(), '.config', 'regnotify');
}
