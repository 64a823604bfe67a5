import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import { webConsole } from '../../api/web-console';

/** The console's scripts go out compressed: over a 1.6 Mbit/s link they are most of the wait for the first page. */
describe('the console’s assets', () => {
  const script = 'console.log("Hộp việc");'.repeat(200);
  let dir: string;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hoso-web-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>hoso</title>');
    await writeFile(path.join(dir, 'assets', 'index-abc.js'), script);
    await writeFile(path.join(dir, 'assets', 'index-abc.js.br'), brotliCompressSync(script));
    await writeFile(path.join(dir, 'assets', 'index-abc.js.gz'), gzipSync(script));
    await writeFile(path.join(dir, 'assets', 'plain-abc.js'), script);
    const app = express().use(webConsole(dir));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  // fetch() decodes what it is sent, so the bodies below are the script whoever compressed it.
  const get = (file: string, acceptEncoding: string) => fetch(`${base}/assets/${file}`, { headers: { 'accept-encoding': acceptEncoding } });

  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
  ])('sends the build’s compressed copy the browser accepts (%s → %s), cached for good', async (accepted, sent) => {
    const response = await get('index-abc.js', accepted);
    expect(response.headers.get('content-encoding')).toBe(sent);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(script);
  });

  it('sends the file as it is to a browser that takes no compression, or when the build made no copy', async () => {
    for (const [file, accepted] of [['index-abc.js', 'identity'], ['plain-abc.js', 'br']] as const) {
      const response = await get(file, accepted);
      expect(response.headers.get('content-encoding')).toBeNull();
      expect(await response.text()).toBe(script);
    }
  });
});
