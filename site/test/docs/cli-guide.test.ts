/**
 * The CLI guide (`guides/cli.mdx`) documents the `aslkit` command as it is: every command the CLI
 * declares has a section, and every option of a command is mentioned. When this fails, the CLI
 * gained a command or an option: describe it in the guide.
 */
import { readFileSync } from 'node:fs';

import { COMMANDS } from '@aslkit/cli';
import { describe, expect, it } from 'vitest';

const guide = readFileSync(new URL('../../src/content/docs/guides/cli.mdx', import.meta.url), 'utf8');

describe('the CLI guide', () => {
  it('has a section for every command of `aslkit`, in the order of its help', () => {
    const sections = [...guide.matchAll(/^## aslkit (\w+)/gm)].map((match) => match[1]);
    expect(sections).toStrictEqual(COMMANDS.map((command) => command.spec.name));
  });

  it('mentions every option of every command in that command\'s section', () => {
    const missing = COMMANDS.flatMap(({ spec }) => {
      const start = guide.indexOf(`## aslkit ${spec.name}`);
      const next = guide.indexOf('\n## ', start + 1);
      const section = guide.slice(start, next === -1 ? undefined : next);
      return Object.keys(spec.options)
        .filter((option) => !section.includes(`--${option}`))
        .map((option) => `aslkit ${spec.name} --${option}`);
    });
    expect(missing).toStrictEqual([]);
  });
});
