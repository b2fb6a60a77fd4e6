import { describe, expect, it } from 'vitest';
import {
	MIN_WINDOW,
	centreWindow,
	clampWindow,
	density,
	drag,
	fraction,
	grab,
	keyWindow,
	marker,
	panWindow,
	ticks,
	timeAt,
	wholeSpan,
	windowYears,
	zoomWindow,
	type Span
} from './overview';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
/** 1950 to 2030: eighty years, so a tenth of the strip is eight years. */
const span: Span = { start: utc(1950), end: utc(2030) };
const width = (w: Span) => w.end - w.start;

describe('wholeSpan', () => {
	it('runs from a year before the first start to a year after now', () => {
		const whole = wholeSpan([utc(2001, 7, 16), utc(1949, 10, 1), utc(2024, 6, 19)], utc(2025));
		expect(new Date(whole.start).getUTCFullYear()).toBe(1948);
		expect(new Date(whole.end).getUTCFullYear()).toBe(2026);
		expect(whole.end - utc(2025)).toBeCloseTo(365.25 * 86_400_000);
	});
	it('is the year around now without anything drawn', () => {
		const whole = wholeSpan([], utc(2025));
		expect(whole.start).toBeLessThan(utc(2025));
		expect(whole.end).toBeGreaterThan(utc(2025));
	});
});

describe('fraction, timeAt and marker', () => {
	it('place instants along the strip and back', () => {
		expect(fraction(span.start, span)).toBe(0);
		expect(fraction(span.end, span)).toBe(1);
		expect(fraction(utc(1990), span)).toBeCloseTo(0.5, 3);
		expect(timeAt(0.5, span)).toBeCloseTo(utc(1990), -8);
		expect(timeAt(-1, span)).toBe(span.start);
		expect(timeAt(2, span)).toBe(span.end);
	});
	it('cuts the marker to the strip', () => {
		const inside = marker({ start: utc(1990), end: utc(1998) }, span);
		expect(inside.left).toBeCloseTo(0.5, 3);
		expect(inside.width).toBeCloseTo(0.1, 3);
		expect(marker({ start: utc(2020), end: utc(2040) }, span)).toEqual({
			left: fraction(utc(2020), span),
			width: 1 - fraction(utc(2020), span)
		});
		expect(marker({ start: utc(1900), end: utc(1920) }, span).width).toBe(0);
	});
});

describe('moving the window', () => {
	const window: Span = { start: utc(2000), end: utc(2008) };

	it('keeps it inside the strip at its width', () => {
		expect(clampWindow({ start: utc(2025), end: utc(2033) }, span)).toEqual({
			start: span.end - (utc(2033) - utc(2025)),
			end: span.end
		});
		expect(clampWindow({ start: utc(1940), end: utc(1948) }, span).start).toBe(span.start);
		expect(clampWindow({ start: utc(1900), end: utc(2100) }, span)).toEqual(span);
		expect(width(clampWindow({ start: utc(2000), end: utc(2000) }, span))).toBe(MIN_WINDOW);
	});
	it('pans, centres and zooms', () => {
		expect(panWindow(window, utc(2002) - utc(2000), span)).toEqual({
			start: utc(2002),
			end: utc(2010)
		});
		const centred = centreWindow(window, utc(1970), span);
		expect((centred.start + centred.end) / 2).toBe(utc(1970));
		expect(width(centred)).toBe(width(window));
		const closer = zoomWindow(window, 0.5, span);
		expect(width(closer)).toBe(width(window) / 2);
		expect(closer.start + closer.end).toBe(window.start + window.end);
		expect(zoomWindow(window, 1000, span)).toEqual(span);
	});
	it('answers the slider keys', () => {
		const w = width(window);
		expect(keyWindow('ArrowRight', window, span)!.start).toBe(window.start + w / 4);
		expect(keyWindow('ArrowLeft', window, span)!.start).toBe(window.start - w / 4);
		expect(keyWindow('ArrowUp', window, span)).toEqual(keyWindow('ArrowRight', window, span));
		expect(keyWindow('PageUp', window, span)!.start).toBe(window.end);
		expect(keyWindow('PageDown', window, span)!.end).toBe(window.start);
		expect(keyWindow('Home', window, span)).toEqual({ start: span.start, end: span.start + w });
		expect(keyWindow('End', window, span)).toEqual({ start: span.end - w, end: span.end });
		expect(width(keyWindow('+', window, span)!)).toBe(w / 2);
		expect(width(keyWindow('-', window, span)!)).toBe(w * 2);
		expect(keyWindow('Enter', window, span)).toBeNull();
		expect(keyWindow('a', window, span)).toBeNull();
	});
	it('stops at the ends', () => {
		const home = keyWindow('Home', window, span)!;
		expect(keyWindow('ArrowLeft', home, span)).toEqual(home);
		const end = keyWindow('End', window, span)!;
		expect(keyWindow('PageUp', end, span)).toEqual(end);
	});
});

describe('grab and drag', () => {
	const window: Span = { start: utc(2000), end: utc(2008) };

	it('grabs the marker where it is pressed and follows the pointer', () => {
		const at = fraction(utc(2002), span);
		const grabbed = grab(window, at, span);
		expect(grabbed.window).toEqual(window);
		expect(grabbed.offset).toBeCloseTo(utc(2002) - utc(2000), -8);
		const moved = drag(window, grabbed.offset, fraction(utc(1962), span), span);
		expect(moved.start).toBeCloseTo(utc(1960), -8);
		expect(width(moved)).toBe(width(window));
	});
	it('centres the window on a press outside it', () => {
		const grabbed = grab(window, fraction(utc(1970), span), span);
		expect((grabbed.window.start + grabbed.window.end) / 2).toBeCloseTo(utc(1970), -8);
		expect(grabbed.offset).toBeCloseTo(width(window) / 2, -8);
	});
	it('does not drag past the ends', () => {
		expect(drag(window, 0, 1.5, span)).toEqual({ start: span.end - width(window), end: span.end });
		expect(drag(window, width(window), -0.5, span).start).toBe(span.start);
	});
});

describe('density', () => {
	it('counts events per year and scales to the busiest, by square root', () => {
		const bars = density(
			[utc(1961, 7, 11), utc(2024, 6, 19), utc(2024, 9, 1), utc(2024, 12, 31), utc(2040)],
			span
		);
		expect(bars.map((b) => [b.year, b.count, b.height])).toEqual([
			[1961, 1, Math.sqrt(1 / 3)],
			[2024, 3, 1]
		]);
		expect(bars[0].left).toBeCloseTo(fraction(utc(1961), span), 6);
		expect(bars[0].width).toBeCloseTo(1 / 80, 3);
	});
	it('is empty without events', () => {
		expect(density([], span)).toEqual([]);
	});
});

describe('ticks', () => {
	it('marks round years inside the strip', () => {
		expect(ticks(span).map((t) => t.year)).toEqual([
			1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020, 2030
		]);
		expect(ticks({ start: utc(1948, 10), end: utc(2026, 3) }, 20).map((t) => t.year)).toEqual([
			1960, 1980, 2000, 2020
		]);
		expect(ticks(span)[4].at).toBeCloseTo(0.5, 3);
	});
});

describe('windowYears', () => {
	it('names the years a window covers, its end exclusive', () => {
		expect(windowYears({ start: utc(2017), end: utc(2026) })).toEqual({ from: 2017, to: 2025 });
		expect(windowYears({ start: utc(2024, 3), end: utc(2024, 9) })).toEqual({
			from: 2024,
			to: 2024
		});
	});
});
