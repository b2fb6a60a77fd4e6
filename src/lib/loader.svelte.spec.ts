import { describe, expect, it, vi } from 'vitest';
import { ATTEMPT_WINDOW_MS, Lazy, MAX_ATTEMPTS, nextAttempts } from './loader.svelte';

describe('nextAttempts', () => {
	it('allows attempts until the window holds the maximum', () => {
		expect(nextAttempts([], 0).allowed).toBe(true);
		expect(nextAttempts([0, 1], 2).allowed).toBe(true);
		expect(nextAttempts([0, 1, 2], 3).allowed).toBe(false);
	});

	it('forgets attempts older than the window', () => {
		expect(nextAttempts([0, 1, 2], ATTEMPT_WINDOW_MS + 1)).toEqual({
			allowed: true,
			recent: [2]
		});
	});
});

describe('Lazy', () => {
	it('keeps a success and fetches once', async () => {
		const fetch = vi.fn(async () => 42);
		const lazy = new Lazy(fetch);
		expect(await lazy.load()).toBe(42);
		expect(await lazy.load()).toBe(42);
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(lazy.status).toBe('ready');
	});

	it('shares one request between calls made while it is in flight', async () => {
		const fetch = vi.fn(async () => 'x');
		const lazy = new Lazy(fetch);
		await Promise.all([lazy.load(), lazy.load(), lazy.load()]);
		expect(fetch).toHaveBeenCalledTimes(1);
	});

	it('reports a failure without rejecting, and tries again on the next call', async () => {
		let fail = true;
		const fetch = vi.fn(async () => {
			if (fail) throw new Error('404');
			return 'ok';
		});
		const lazy = new Lazy(fetch);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(await lazy.load()).toBeNull();
		expect(lazy.status).toBe('failed');
		fail = false;
		expect(await lazy.load()).toBe('ok');
		expect(lazy.status).toBe('ready');
		warn.mockRestore();
	});

	it(`never sends more than ${MAX_ATTEMPTS} requests in a minute, however often it is asked`, async () => {
		let now = 0;
		const fetch = vi.fn(async () => {
			throw new Error('500');
		});
		const lazy = new Lazy(fetch, () => now);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		for (let i = 0; i < 100; i++) {
			now += 100;
			await lazy.load();
		}
		expect(fetch).toHaveBeenCalledTimes(MAX_ATTEMPTS);
		now += ATTEMPT_WINDOW_MS;
		await lazy.load();
		expect(fetch).toHaveBeenCalledTimes(MAX_ATTEMPTS + 1);
		warn.mockRestore();
	});
});
