/** Serves dist/ once for the whole Firefox suite (the offline test runs a server of its own). */
import type { ChildProcess } from 'node:child_process';
import { firefoxPath, firefoxPort } from './firefox.mjs';
import { startServer, stopServer } from './serve';

let server: ChildProcess | undefined;

export async function setup() {
  if (!firefoxPath()) return;
  server = await startServer(firefoxPort);
}

export async function teardown() {
  if (server) await stopServer(server);
}
