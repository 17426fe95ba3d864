/**
 * The root README's "Command line and local server" commands, run as written (through the bin a
 * clone has, in a copy of the example folder they `cd` into), so the front door cannot rot: each
 * must exit 0, and the server must answer the AWS SDK at the address its banner gives.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListStateMachinesCommand } from '@aws-sdk/client-sfn';
import { afterAll, describe, expect, it } from 'vitest';
import { localClient } from './sdk-client.ts';
import { startServeProcess, type ServeProcess } from './serve-process.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/aslkit.js', import.meta.url));

/** The README's shell block that starts with `cd` into an example, as `{ dir, commands }`. */
function readmeCommands(): { dir: string; commands: string[][] } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('## Command line and local server')[1]?.split('\n## ')[0] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const lines = block
    .split('\n')
    .map((line) => line.replace(/\s#.*$/, '').trim())
    .filter((line) => line !== '');
  const dir = /^cd (\S+)$/.exec(lines[0] ?? '')?.[1] ?? '';
  const commands = lines
    .filter((line) => line.startsWith('npx aslkit '))
    .map((line) => line.split(/\s+/).slice(2));
  return { dir, commands };
}

const { dir, commands } = readmeCommands();
const byName = (name: string): string[] => commands.find((args) => args[0] === name) ?? [];

function copyOfExample(): string {
  const copy = mkdtempSync(join(tmpdir(), 'aslkit-readme-'));
  cpSync(join(ROOT, dir), copy, { recursive: true });
  return copy;
}

function run(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd,
    env: { ...process.env, NODE_OPTIONS: '', CI: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the README commands', () => {
  it('are found: a cd into an example, then validate, run, test and serve', () => {
    expect(existsSync(join(ROOT, dir, 'order.asl.json'))).toBe(true);
    expect(commands.map((args) => args[0])).toStrictEqual(['validate', 'run', 'test', 'serve']);
  });

  it('validate the example definition', () => {
    expect(run(byName('validate'), copyOfExample())).toMatchObject({
      status: 0,
      stdout: 'order.asl.json: valid\n',
    });
  });

  it('run it with its input and mocks, and trace it', () => {
    const result = run(byName('run'), copyOfExample());
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Path: Check amount → Charge → Wait a day → Ship');
    expect(result.stderr).toContain('retry 1             Lambda.TooManyRequestsException');
    expect(result.stdout).toContain('"tracking": "T-42"');
  });

  it('test it, and write the JUnit report', () => {
    const cwd = copyOfExample();
    const result = run(byName('test'), cwd);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^3 passed, 0 failed \(3 tests, /m);
    expect(readFileSync(join(cwd, 'reports/aslkit.xml'), 'utf8')).toContain('tests="3"');
  });

  describe('serve', () => {
    let server: ServeProcess | undefined;
    afterAll(async () => {
      await server?.kill('SIGTERM');
    });

    it('serves the Step Functions API that the SDK reaches with only the endpoint set', async () => {
      const args = byName('serve');
      const dataDir = args.indexOf('--data-dir');
      expect(dataDir).toBeGreaterThan(0);
      // The README's own options, with the data directory in a fresh folder (and port 0, below).
      const options = args.slice(1);
      options[dataDir] = join(copyOfExample(), '.aslkit');
      server = await startServeProcess(options);
      const listed = await localClient(server.url).send(new ListStateMachinesCommand({}));
      expect(listed.stateMachines).toStrictEqual([]);
    });
  });
});
