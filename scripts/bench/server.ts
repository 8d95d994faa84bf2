/** `vite preview` of the benchmark's build on a free localhost port, started and stopped by the benchmark. */
import { createServer } from 'node:net';
import { preview } from 'vite';

/** A free TCP port on 127.0.0.1, as the OS hands it out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port was assigned')),
      );
    });
  });
}

/** Serves the build in `outDir`; resolves with the origin and a function that stops the server. */
export async function serve(outDir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const port = await freePort();
  const server = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
