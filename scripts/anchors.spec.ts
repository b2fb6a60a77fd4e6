import { describe, expect, it } from 'vitest';
import { inlineScripts, timelineJsDate } from './anchors';

describe('timelineJsDate', () => {
	it('keeps the precision of a partial date', () => {
		expect(timelineJsDate('1961')).toEqual({ year: 1961 });
		expect(timelineJsDate('1996-09')).toEqual({ year: 1996, month: 9 });
		expect(timelineJsDate('2024-06-19')).toEqual({ year: 2024, month: 6, day: 19 });
	});
});

describe('inlineScripts', () => {
	it('returns inline code, not files or JSON-LD', () => {
		const html =
			'<script src="/a.js"></script><script>run()</script>' +
			'<script type="application/ld+json">{}</script><script defer>go()</script>';
		expect(inlineScripts(html)).toEqual(['run()', 'go()']);
	});
});
