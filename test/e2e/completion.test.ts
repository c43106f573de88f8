import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { BIN, CODE_CACHE_HOME, regnotify, tempConfigDir } from '../helpers/cli.js';
import { memoryIO } from '../helpers/memory-io.js';

const COMPLETIONS = fileURLToPath(new URL('../../completions/', import.meta.url));
const FILES = { bash: 'regnotify.bash', zsh: '_regnotify', fish: 'regnotify.fish' } as const;

const program = await buildProgram(memoryIO());
const topLevel = program.commands.map((command) => command.name());
const hasCommand = (...path: string[]): boolean => {
  let current = program;
  for (const name of path) {
    const next = current.commands.find((command) => command.name() === name);
    if (!next) return false;
    current = next;
  }
  return true;
};

function installed(shell: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;
}

/** A directory with a `regnotify` that runs the built CLI, so the scripts can ask it for profile names. */
function shimDirectory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'regnotify-shim-'));
  const shim = join(dir, 'regnotify');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}

const shim = shimDirectory();

function shellEnv(configDir = tempConfigDir()): Record<string, string> {
  return { PATH: `${shim}:${process.env.PATH ?? '/usr/bin:/bin'}`, HOME: tempConfigDir(), XDG_CACHE_HOME: CODE_CACHE_HOME, REGNOTIFY_CONFIG_DIR: configDir };
}

const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

/** Runs the committed bash script the way bash calls it: COMP_WORDS and COMP_CWORD (and COMP_LINE when given). */
function bashComplete(words: string[], options: { line?: string; cword?: number; configDir?: string } = {}): string[] {
  const setup = [
    `source ${quote(join(COMPLETIONS, FILES.bash))}`,
    `COMP_WORDS=(${words.map(quote).join(' ')})`,
    `COMP_CWORD=${options.cword ?? words.length - 1}`,
    options.line === undefined ? 'unset COMP_LINE' : `COMP_LINE=${quote(options.line)}; COMP_POINT=${options.line.length}`,
    '_regnotify',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const result = spawnSync('bash', ['--norc', '--noprofile', '-c', setup], { encoding: 'utf8', env: shellEnv(options.configDir) });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return lines(result.stdout);
}

async function twoProfiles(): Promise<string> {
  const dir = tempConfigDir();
  for (const [name, platform] of [['prod', 'quay'], ['staging', 'alauda']]) {
    const added = await regnotify(['profile', 'add', name, '--platform', platform], { env: { REGNOTIFY_CONFIG_DIR: dir } });
    expect(added.code).toBe(0);
  }
  return dir;
}

/**
 * Types each line and a TAB into an interactive shell in a pseudo-terminal (zsh's zpty drives it), then a key bound
 * to write the edited command line to a file: what a person would see after pressing TAB.
 */
function typeWithTab(shell: 'bash' | 'zsh', typed: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'regnotify-pty-'));
  const out = join(dir, 'buffers');
  const setup =
    shell === 'zsh'
      ? `PS1='> '; fpath=(${COMPLETIONS} $fpath); autoload -U compinit; compinit -u -D; dump() { print -r -- "<$BUFFER>" >> ${out}; BUFFER=''; }; zle -N dump; bindkey '^Xp' dump; print -r -- ready > ${out}.ready`
      : `PS1='> '; source ${join(COMPLETIONS, FILES.bash)}; bind -x '"\\C-xp": printf "<%s>\\n" "$READLINE_LINE" >> ${out}; READLINE_LINE=""'; echo ready > ${out}.ready`;
  const driver = [
    'zmodload zsh/zpty',
    `zpty -b session ${quote(shell === 'zsh' ? 'zsh -f -i' : 'bash --norc --noprofile -i')}`,
    `zpty -w session ${quote(setup)}`,
    `repeat 100 { [[ -e ${out}.ready ]] && break; sleep 0.1 }`,
    ...typed.flatMap((line, index) => [
      `zpty -w -n session ${quote(line)}$'\\t'`,
      'sleep 0.3',
      "zpty -w -n session $'\\C-xp'",
      `repeat 100 { [[ -e ${out} ]] && (( $(wc -l < ${out}) >= ${index + 1} )) && break; sleep 0.1 }`,
    ]),
    'zpty -d session',
    `cat ${out}`,
  ].join('\n');
  const result = spawnSync('zsh', ['-f', '-c', driver], { encoding: 'utf8', env: shellEnv(), timeout: 30_000 });
  expect(result.status).toBe(0);
  return lines(result.stdout);
}

describe('regnotify completion', () => {
  it.each(Object.entries(FILES))('prints the committed %s script (completions/%s)', async (shell, file) => {
    const result = await regnotify(['completion', shell]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const committed = readFileSync(join(COMPLETIONS, file), 'utf8');
    // On a mismatch the command tree changed since the scripts were generated.
    expect(result.stdout === committed, `completions/${file} is out of date with the command tree: run npm run completions`).toBe(true);
  });

  it('refuses an unknown shell with exit 2, naming the shells it knows', async () => {
    const result = await regnotify(['completion', 'powershell']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      "error: command-argument value 'powershell' is invalid for argument 'shell'. Allowed choices are bash, zsh, fish.\nhint: see --help for usage\n",
    );
  });
});

describe('bash completion', () => {
  it('offers the groups at the top level', () => {
    expect(bashComplete(['regnotify', ''])).toEqual(topLevel);
    expect(topLevel).toEqual(expect.arrayContaining(['profile', 'events', 'completion', 'help']));
  });

  it.runIf(hasCommand('hook'))('offers the verbs of a group', () => {
    expect(bashComplete(['regnotify', 'hook', ''])).toEqual(['create', 'list', 'get', 'update', 'enable', 'disable', 'delete']);
  });

  it('completes a flag from its beginning, global flags included', () => {
    expect(bashComplete(['regnotify', 'profile', 'list', '--ou'])).toEqual(['--output']);
    expect(bashComplete(['regnotify', '--ver'])).toEqual(['--version', '--verbose']);
  });

  it('offers the output formats after --output, -o and --output=', () => {
    expect(bashComplete(['regnotify', 'profile', 'list', '--output', ''])).toEqual(['table', 'json', 'yaml']);
    expect(bashComplete(['regnotify', '-o', 'y'])).toEqual(['yaml']);
    expect(bashComplete(['regnotify', 'profile', 'list', '--output=j'])).toEqual(['--output=json']);
  });

  it.runIf(hasCommand('notification', 'create'))('offers the Quay events after notification create --event', () => {
    expect(bashComplete(['regnotify', 'notification', 'create', 'x', '--event', ''])).toEqual([
      'repo_push',
      'build_queued',
      'build_start',
      'build_success',
      'build_failure',
      'build_cancelled',
      'vulnerability_found',
      'repo_mirror_sync_started',
      'repo_mirror_sync_success',
      'repo_mirror_sync_failed',
      'repo_image_expiry',
    ]);
    expect(bashComplete(['regnotify', 'notification', 'create', 'acme/app', '--method', 'we'])).toEqual(['webhook']);
  });

  it.runIf(hasCommand('hook', 'create'))('completes an Alauda event with a colon in it', () => {
    expect(bashComplete(['regnotify', 'hook', 'create', '--event', 'build:c'])).toEqual(['build:complete']);
    expect(bashComplete(['regnotify', 'hook', 'create', '--subject-type', ''])).toEqual(['build_repo', 'image_repo', 'job']);
  });

  it.runIf(hasCommand('hook', 'create'))('completes a colon value as bash splits it at COMP_WORDBREAKS, replacing only the part after the colon', () => {
    const line = 'regnotify hook create --event build:c';
    expect(bashComplete(['regnotify', 'hook', 'create', '--event', 'build', ':', 'c'], { line })).toEqual(['complete']);
    expect(bashComplete(['regnotify', 'hook', 'create', '--event', 'job', ':'], { line: 'regnotify hook create --event job:' })).toEqual(['succeed', 'fail']);
    expect(bashComplete(['regnotify', 'hook', 'list', '--output', '=', 'j'], { line: 'regnotify hook list --output=j' })).toEqual(['json']);
  });

  it.runIf(hasCommand('subscription', 'set'))('offers CodeArts channels and resource:action events', () => {
    expect(bashComplete(['regnotify', 'subscription', 'set', '42', '--type', ''])).toEqual(['internal_message', 'email', 'qyweixin', 'feishu', 'dingding']);
    expect(bashComplete(['regnotify', 'subscription', 'set', '42', '--event', 'mr', ':', 'm'], { line: 'regnotify subscription set 42 --event mr:m' })).toEqual([
      'merge',
      'mention',
    ]);
  });

  it('offers the stored profile names after --profile and to profile use', async () => {
    const configDir = await twoProfiles();
    expect(bashComplete(['regnotify', 'hook', 'list', '--profile', ''], { configDir })).toEqual(['prod', 'staging']);
    expect(bashComplete(['regnotify', 'profile', 'use', 's'], { configDir })).toEqual(['staging']);
  });

  it('offers the stored profile names to profile set and profile login, and set its own flags', async () => {
    const configDir = await twoProfiles();
    expect(bashComplete(['regnotify', 'profile', 'set', ''], { configDir })).toEqual(['prod', 'staging']);
    expect(bashComplete(['regnotify', 'profile', 'login', 'p'], { configDir })).toEqual(['prod']);
    expect(bashComplete(['regnotify', 'profile', 'set', 'prod', '--no-i'], { configDir })).toEqual(['--no-insecure', '--no-input']);
  });

  it('offers the shells to completion, and the topics and commands to help', () => {
    expect(bashComplete(['regnotify', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(bashComplete(['regnotify', 'help', 'e'])).toEqual(['exit-codes', 'environment', ...topLevel.filter((name) => name.startsWith('e'))]);
  });

  it.runIf(installed('zsh') && hasCommand('hook', 'create') && hasCommand('subscription', 'set'))(
    'completes in an interactive bash, where readline splits words at ":" and "=" (driven through zsh\'s zpty)',
    () => {
      expect(
        typeWithTab('bash', ['regnotify hook cr', 'regnotify hook create --event build:c', 'regnotify hook list --output=j', 'regnotify subscription set 1 --event mr:ope']),
      ).toEqual([
        '<regnotify hook create >',
        '<regnotify hook create --event build:complete >',
        '<regnotify hook list --output=json >',
        '<regnotify subscription set 1 --event mr:open >',
      ]);
    },
    40_000,
  );

  it('offers nothing after a flag whose value it cannot know, so bash falls back to file names', () => {
    expect(bashComplete(['regnotify', '--ca-file', ''])).toEqual([]);
  });
});

describe('zsh completion', () => {
  const zsh = installed('zsh');

  function zshCandidates(words: string[]): string[] {
    const script = [
      'autoload -U compinit && compinit -u -D',
      `source ${quote(join(COMPLETIONS, FILES.zsh))}`,
      `words=(${words.map(quote).join(' ')})`,
      `CURRENT=${words.length}`,
      'local -a candidates; local kind command_path',
      '__regnotify_candidates',
      'print -r -- "kind=$kind"',
      'print -rl -- "${candidates[@]}"',
    ].join('\n');
    const result = spawnSync('zsh', ['-f', '-c', `() {\n${script}\n}`], { encoding: 'utf8', env: shellEnv() });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return lines(result.stdout);
  }

  it.runIf(!zsh)('is not checked here: zsh is not installed (.ci/run installs it from Debian packages when it runs as root)', () => {
    expect(installed('zsh')).toBe(false);
  });

  it.runIf(zsh)('loads in zsh with compinit and registers _regnotify for regnotify', () => {
    const result = spawnSync(
      'zsh',
      ['-f', '-c', `autoload -U compinit && compinit -u -D && source ${quote(join(COMPLETIONS, FILES.zsh))} && print -r -- $_comps[regnotify]`],
      { encoding: 'utf8', env: shellEnv() },
    );
    expect(result).toMatchObject({ status: 0, stderr: '', stdout: '_regnotify\n' });
  });

  it.runIf(zsh && hasCommand('hook', 'create'))('completes in an interactive zsh: a verb, a global flag and a value with a colon', () => {
    expect(typeWithTab('zsh', ['regnotify hook cr', 'regnotify hook list --outp', 'regnotify hook create --event build:c'])).toEqual([
      '<regnotify hook create >',
      '<regnotify hook list --output >',
      '<regnotify hook create --event build:complete >',
    ]);
  }, 40_000);

  it.runIf(zsh && hasCommand('hook', 'create'))('describes the values of an option, with colons escaped for _describe', () => {
    expect(zshCandidates(['regnotify', 'hook', 'create', '--event', ''])).toEqual([
      'kind=values',
      'build\\:complete:a build of the repository finished (build_repo)',
      'image\\:push:an image was pushed to the repository (image_repo)',
      'job\\:succeed:the job succeeded (job)',
      'job\\:fail:the job failed (job)',
    ]);
  });

  it.runIf(zsh)('offers the groups with their descriptions, and the output formats', () => {
    const groups = zshCandidates(['regnotify', '']);
    expect(groups[0]).toBe('kind=commands');
    expect(groups.slice(1).map((entry) => entry.split(':')[0])).toEqual(topLevel);
    expect(zshCandidates(['regnotify', 'profile', 'list', '-o', ''])).toEqual(['kind=values', 'table', 'json', 'yaml']);
  });
});

describe('fish completion', () => {
  const fish = installed('fish');

  function fishComplete(line: string, configDir?: string): string[] {
    const result = spawnSync('fish', ['--no-config', '-c', `source ${quote(join(COMPLETIONS, FILES.fish))}; complete -C ${quote(line)}`], {
      encoding: 'utf8',
      env: shellEnv(configDir),
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return lines(result.stdout);
  }

  it.runIf(!fish)('is not checked here: fish is not installed (.ci/run installs it from Debian packages when it runs as root)', () => {
    expect(installed('fish')).toBe(false);
  });

  it.runIf(fish && hasCommand('notification', 'create'))('offers the Quay events, with descriptions, after notification create --event', () => {
    const offered = fishComplete('regnotify notification create x --event ');
    expect(offered).toContain('repo_push\timages were pushed to the repository (one notification per tag for v2 pushes)');
    expect(offered).toHaveLength(11);
  });

  it.runIf(fish && hasCommand('hook', 'create'))('completes an Alauda event with a colon, also after --event=', () => {
    expect(fishComplete('regnotify hook create --event build:c')).toEqual(['build:complete\ta build of the repository finished (build_repo)']);
    expect(fishComplete('regnotify hook create --event=job:')).toEqual(['--event=job:fail\tthe job failed (job)', '--event=job:succeed\tthe job succeeded (job)']);
  });

  it.runIf(fish)('offers global flags after a verb, the output formats, and profile names', async () => {
    expect(fishComplete('regnotify profile list --ou')).toEqual(['--output\toutput format (env: REGNOTIFY_OUTPUT; default: table)']);
    expect(fishComplete('regnotify profile list --output ')).toEqual(['json', 'table', 'yaml']);
    const configDir = await twoProfiles();
    expect(fishComplete('regnotify profile show ', configDir)).toEqual(['prod', 'staging']);
  });
});
