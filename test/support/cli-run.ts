// Runs the CLI's main() in-process with captured output, for the CLI tests.
import { Readable } from 'node:stream';
import { main } from '../../cli/main.ts';

export interface CliRun { code: number; stdout: string; stderr: string }

export async function runCli(
  argv: string[],
  opts: { stdin?: string; isTTY?: boolean; env?: Record<string, string>; deps?: Parameters<typeof main>[2] } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: opts.isTTY ?? false },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    stdin: Readable.from(opts.stdin !== undefined ? [Buffer.from(opts.stdin)] : []),
    env: opts.env ?? {},
  }, opts.deps);
  return { code, stdout, stderr };
}
