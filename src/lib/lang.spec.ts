import { describe, expect, it } from 'vitest';
import { langOfPath, switchedPath } from './lang';

describe('langOfPath', () => {
	it('reads the language after the base path', () => {
		expect(langOfPath('/en/events/x/', '')).toBe('en');
		expect(langOfPath('/base/ja/', '/base')).toBe('ja');
		expect(langOfPath('/404', '')).toBeUndefined();
	});
});

describe('switchedPath', () => {
	it('swaps the language prefix and keeps the rest of the path', () => {
		expect(switchedPath('/en/events/2024-x/', '/en/', '/ja/')).toBe('/ja/events/2024-x/');
		expect(switchedPath('/base/ja/treaties/', '/base/ja/', '/base/en/')).toBe('/base/en/treaties/');
	});

	it('swaps only the prefix, not a later segment that looks like one', () => {
		expect(switchedPath('/en/events/en/', '/en/', '/ja/')).toBe('/ja/events/en/');
	});

	it('leaves a path outside the prefix as it is', () => {
		expect(switchedPath('/404', '/en/', '/ja/')).toBe('/404');
	});
});
