/** Helpers shared by `npm run bench` and `npm run bench:scale`: build, serve, median, table. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Runs `vite build` with extra environment and returns how long it took, in ms. */
export async function build(env: Record<string, string>): Promise<number> {
	const start = performance.now();
	await new Promise<void>((resolve, reject) => {
		const child = spawn('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
			// A NODE_ENV=development from the shell would make Vite build Svelte's development
			// runtime, and the figures would not be those of `npm run build`.
			env: { ...process.env, NODE_ENV: 'production', ...env },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let errors = '';
		child.stderr.on('data', (chunk) => (errors += chunk));
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`vite build failed (${code}):\n${errors}`))
		);
	});
	return performance.now() - start;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export interface Served {
	url: string;
	stop: () => void;
}

/** Starts scripts/serve.js on a free port for `dir` and resolves once it listens. */
export async function serve(dir: string): Promise<Served> {
	const port = await freePort();
	const child: ChildProcess = spawn('node', ['scripts/serve.js', String(port), dir], {
		env: { ...process.env, BASE_PATH: '' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		child.on('error', reject);
		child.on('exit', (code) => reject(new Error(`serve.js exited early (${code})`)));
		child.stdout?.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('Serving')) resolve();
		});
	});
	child.removeAllListeners('exit');
	return { url: `http://localhost:${port}`, stop: () => child.kill() };
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Prints rows as a plain, aligned table. */
export function table(rows: string[][]): void {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	for (const row of rows)
		console.log(
			row
				.map((cell, i) => cell.padEnd(widths[i]))
				.join('  ')
				.trimEnd()
		);
}

export const ms = (value: number) => `${Math.round(value)} ms`;
