import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { fakeIo, tempDir } from '../../test/fake-io.ts';
import { runCli } from '../cli/run-cli.ts';
import { COMMANDS } from './index.ts';

describe('aslkit serve', () => {
  it('prints where it listens and how to point the AWS CLI and SDK at it, then stops on a signal', async () => {
    let interrupt: (signal: string) => void = () => undefined;
    const io = {
      ...fakeIo({ cwd: tempDir() }),
      waitForInterrupt: () => new Promise<string>((resolve) => (interrupt = resolve)),
    };
    const running = runCli(['serve', '--port', '0', '--time-scale', '60'], io, COMMANDS);
    await expect.poll(() => io.out()).toContain('state: in memory');
    const url = /API at (\S+)/.exec(io.out())?.[1] ?? '';
    // Only this machine can connect unless --host says otherwise.
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(io.out().replaceAll(url, 'URL')).toBe(
      [
        'aslkit serve: AWS Step Functions API at URL',
        '  aws stepfunctions --endpoint-url URL list-state-machines',
        "  new SFNClient({ endpoint: 'URL', disableHostPrefix: true })",
        '  state: in memory (--data-dir keeps it across restarts)',
        '  time runs 60× faster than real time',
        '',
      ].join('\n'),
    );
    const answer = await fetch(url);
    expect(answer.status).toBe(200);
    interrupt('SIGTERM');
    expect(await running).toBe(0);
    expect(io.out().endsWith('SIGTERM: stopping\n')).toBe(true);
  });

  it('exits 2 and says what to do when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const io = fakeIo();
    expect(await runCli(['serve', '--port', String(port)], io, COMMANDS)).toBe(2);
    expect(io.err()).toBe(
      `error: port ${port} on 127.0.0.1 is already in use; choose another with --port\n`,
    );
    blocker.close();
  });

  it("listens on Step Functions Local's port 8083 by default", async () => {
    // Whether the blocker gets the port or something else already has it, the server cannot.
    const blocker = createServer();
    await new Promise<void>((resolve) => {
      blocker.once('error', () => {
        resolve();
      });
      blocker.listen(8083, '127.0.0.1', resolve);
    });
    const io = fakeIo();
    expect(await runCli(['serve'], io, COMMANDS)).toBe(2);
    expect(io.err()).toBe(
      'error: port 8083 on 127.0.0.1 is already in use; choose another with --port\n',
    );
    blocker.close();
  });
});
