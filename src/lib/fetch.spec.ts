import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchOk } from './fetch';

afterEach(() => vi.unstubAllGlobals());

function serve(status: number) {
	const response = new Response('[]', { status });
	Object.defineProperty(response, 'url', { value: 'http://localhost/en/catalogue.json' });
	vi.stubGlobal(
		'fetch',
		vi.fn(async () => response)
	);
	return response;
}

describe('fetchOk', () => {
	it('passes a successful response on', async () => {
		const response = serve(200);
		await expect(fetchOk('/en/catalogue.json')).resolves.toBe(response);
	});

	it('fails on an error status, naming the file and the status', async () => {
		serve(404);
		await expect(fetchOk('/en/catalogue.json')).rejects.toThrow(
			'http://localhost/en/catalogue.json: 404'
		);
	});
});
