// Who holds a lock, and whether that process still exists. A lock names its owner by host, process id
// and the process's start time; the start time tells a live owner from an unrelated process that was
// given the same id after the owner died.
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { crypto } from '../core/builtins.js';

export interface LockOwner {
  host: string;
  pid: number;
  /** Start time of the process as the kernel counts it (Linux /proc), when the system tells it. */
  start?: string;
  /** Unique to one taking of the lock, so a process knows its own lock from one taken after it. */
  id: string;
}

/** Field 22 of /proc/<pid>/stat; undefined where there is no /proc (the pid check alone then decides). */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

export function newOwner(): LockOwner {
  const start = processStart(process.pid);
  return { host: hostname(), pid: process.pid, ...(start && { start }), id: crypto().randomBytes(8).toString('hex') };
}

export function parseOwner(text: string): LockOwner | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object') return undefined;
    const { host, pid, start, id } = value as Record<string, unknown>;
    if (typeof host !== 'string' || !Number.isSafeInteger(pid) || (pid as number) <= 0 || typeof id !== 'string') return undefined;
    return { host, pid: pid as number, ...(typeof start === 'string' && { start }), id };
  } catch {
    return undefined;
  }
}

/**
 * True only when the owner is certainly gone: on this host, and its pid is free or now belongs to a process
 * that started at another time. A stopped process (Ctrl-Z, a suspended laptop) is alive: its lock stays.
 * An owner on another host (a shared home directory) cannot be checked, so it is never judged gone.
 */
export function ownerIsGone(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the pid exists but belongs to another user, so it is alive.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
  }
  const start = owner.start && processStart(owner.pid);
  return Boolean(start) && start !== owner.start;
}

export function describeOwner(owner: LockOwner): string {
  return owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on host ${owner.host}`;
}
