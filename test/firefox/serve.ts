/** Starts and stops the static server of dist/ (test/e2e/serve.mjs) for the Firefox suite. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export async function startServer(port: number): Promise<ChildProcess> {
  if (!existsSync(join(root, 'dist', 'en', 'index.html')))
    throw new Error('dist/ has no built site: run `npm run build` first.');
  const server = spawn(process.execPath, [join(root, 'test', 'e2e', 'serve.mjs'), String(port)], { stdio: 'ignore' });
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`http://localhost:${port}/en/`)).ok) return server;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      server.kill();
      throw new Error(`the test server did not start on port ${port} (is the port taken?)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill();
  await exited;
}
