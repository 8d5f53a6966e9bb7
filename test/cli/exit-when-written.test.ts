import { spawn } from 'child_process';
import { join } from 'path';
import { exitWhenWritten } from '../../src/cli/io';

const ROOT = join(__dirname, '..', '..');

/** A stream whose writes complete only when the test says so. */
function slowStream(): { stream: { write: (chunk: string, cb: () => void) => boolean }; flush: () => void } {
  const waiting: (() => void)[] = [];
  return {
    stream: {
      write: (_chunk, cb) => {
        waiting.push(cb);
        return false;
      },
    },
    flush: () => {
      for (const cb of waiting.splice(0)) cb();
    },
  };
}

describe('exitWhenWritten', () => {
  const before = process.exitCode;
  afterEach(() => {
    process.exitCode = before;
  });

  it('exits only once every stream has handed on what was written, with the code', () => {
    const out = slowStream();
    const err = slowStream();
    const exits: number[] = [];
    exitWhenWritten(1, [out.stream, err.stream], (code) => exits.push(code));
    expect(process.exitCode).toBe(1);
    out.flush();
    expect(exits).toEqual([]);
    err.flush();
    expect(exits).toEqual([1]);
  });

  it('exits at once when there is nothing to wait for', () => {
    const exits: number[] = [];
    exitWhenWritten(2, [], (code) => exits.push(code));
    expect(exits).toEqual([2]);
  });

  it('in a real process: a large output through a pipe arrives whole, with the exit code and exit handlers run', async () => {
    const script = `
      const { exitWhenWritten } = require(${JSON.stringify(join(ROOT, 'src', 'cli', 'io.ts'))});
      process.on('exit', () => process.stderr.write('exit handler ran'));
      for (let i = 0; i < 64; i++) process.stdout.write('x'.repeat(65536));
      process.stderr.write('done;');
      exitWhenWritten(1);
      setTimeout(() => process.stdout.write('never'), 60000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT });
    let stdout = 0;
    let stderr = '';
    // Read slowly, so the pipe fills and the child's writes wait for this side.
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.length;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stdout).toBe(64 * 65536);
    expect(stderr).toBe('done;exit handler ran');
  });
});
