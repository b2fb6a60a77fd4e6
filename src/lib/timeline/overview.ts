/**
 * The overview strip's geometry: the whole chronicle drawn small, the timeline's window on it, and
 * how pointer and keys move that window. Times are milliseconds; positions are fractions (0–1) of
 * the strip, so the strip scales with CSS and needs no measuring. Pure.
 */

export interface Span {
	start: number;
	end: number;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** The narrowest window the overview zooms to, as the timeline's own `zoomMin`. */
export const MIN_WINDOW = 7 * DAY;

/**
 * The whole chronicle with a year's margin either side: what "Show all" shows and the overview
 * draws. `starts` are the instants of everything drawn (events, bands, eras).
 */
export function wholeSpan(starts: readonly number[], now: number): Span {
	const first = starts.length > 0 ? Math.min(...starts) : now;
	return { start: first - YEAR, end: now + YEAR };
}

/** Where an instant sits on the strip, 0 at its left end and 1 at its right, not clamped. */
export function fraction(time: number, span: Span): number {
	return (time - span.start) / Math.max(1, span.end - span.start);
}

/** The instant at a fraction of the strip (a pointer's position), clamped to the strip. */
export function timeAt(at: number, span: Span): number {
	return span.start + Math.min(1, Math.max(0, at)) * (span.end - span.start);
}

/** The marker of a window: its left edge and width as fractions, cut to the strip. */
export function marker(window: Span, span: Span): { left: number; width: number } {
	const left = Math.min(1, Math.max(0, fraction(window.start, span)));
	const right = Math.min(1, Math.max(0, fraction(window.end, span)));
	return { left, width: Math.max(0, right - left) };
}

/**
 * A window kept inside the strip without changing its width (a window wider than the strip is the
 * strip), no narrower than MIN_WINDOW.
 */
export function clampWindow(window: Span, span: Span): Span {
	const whole = span.end - span.start;
	const width = Math.min(whole, Math.max(MIN_WINDOW, window.end - window.start));
	const centre = (window.start + window.end) / 2;
	const start = Math.min(span.end - width, Math.max(span.start, centre - width / 2));
	return { start, end: start + width };
}

/** The window moved by `delta` milliseconds, kept inside the strip. */
export function panWindow(window: Span, delta: number, span: Span): Span {
	return clampWindow({ start: window.start + delta, end: window.end + delta }, span);
}

/** The window of the same width centred on an instant (a click on the strip), kept inside it. */
export function centreWindow(window: Span, time: number, span: Span): Span {
	const half = (window.end - window.start) / 2;
	return clampWindow({ start: time - half, end: time + half }, span);
}

/** The window `factor` times as wide about its centre (below 1 zooms in), kept inside the strip. */
export function zoomWindow(window: Span, factor: number, span: Span): Span {
	const centre = (window.start + window.end) / 2;
	const half = ((window.end - window.start) * factor) / 2;
	return clampWindow({ start: centre - half, end: centre + half }, span);
}

/** The keys the window marker answers, and the window each leads to; null for any other key. */
export function keyWindow(key: string, window: Span, span: Span): Span | null {
	const width = window.end - window.start;
	switch (key) {
		// A slider's arrows: a small step; Page keys a whole window.
		case 'ArrowLeft':
		case 'ArrowDown':
			return panWindow(window, -width / 4, span);
		case 'ArrowRight':
		case 'ArrowUp':
			return panWindow(window, width / 4, span);
		case 'PageUp':
			return panWindow(window, width, span);
		case 'PageDown':
			return panWindow(window, -width, span);
		case 'Home':
			return panWindow(window, span.start - window.start, span);
		case 'End':
			return panWindow(window, span.end - window.end, span);
		case '+':
		case '=':
			return zoomWindow(window, 0.5, span);
		case '-':
		case '_':
			return zoomWindow(window, 2, span);
		default:
			return null;
	}
}

/**
 * Moving the window with the pointer. A press on the marker grabs it where it was pressed; a
 * press elsewhere centres the window there first. Either way the window then follows the pointer.
 * `at` is the pointer's fraction of the strip.
 */
export function grab(window: Span, at: number, span: Span): { window: Span; offset: number } {
	const time = timeAt(at, span);
	const inside = time >= window.start && time <= window.end;
	const next = inside ? clampWindow(window, span) : centreWindow(window, time, span);
	return { window: next, offset: time - next.start };
}

/** Where a grabbed window goes when the pointer is at `at`. */
export function drag(window: Span, offset: number, at: number, span: Span): Span {
	const start = timeAt(at, span) - offset;
	return clampWindow({ start, end: start + (window.end - window.start) }, span);
}

export interface YearCount {
	year: number;
	/** The year's left edge and width, as fractions of the strip. */
	left: number;
	width: number;
	count: number;
	/**
	 * The bar's height as a fraction of the busiest year's, on a square-root scale so that a quiet
	 * year's one event still shows beside a crowded year's dozens.
	 */
	height: number;
}

/** Events per calendar year (UTC) over the strip, each year's bar placed and scaled. */
export function density(starts: readonly number[], span: Span): YearCount[] {
	const counts = new Map<number, number>();
	for (const start of starts) {
		const year = new Date(start).getUTCFullYear();
		counts.set(year, (counts.get(year) ?? 0) + 1);
	}
	const most = Math.max(1, ...counts.values());
	return [...counts]
		.sort(([a], [b]) => a - b)
		.map(([year, count]) => {
			const { left, width } = marker(
				{ start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) },
				span
			);
			return { year, left, width, count, height: Math.sqrt(count / most) };
		})
		.filter((bar) => bar.width > 0);
}

/** Round years on the strip every `step` years, each with its fraction. */
export function ticks(span: Span, step = 10): { year: number; at: number }[] {
	const out: { year: number; at: number }[] = [];
	const first = Math.ceil(new Date(span.start).getUTCFullYear() / step) * step;
	for (let year = first; Date.UTC(year, 0, 1) <= span.end; year += step) {
		const at = fraction(Date.UTC(year, 0, 1), span);
		if (at >= 0 && at <= 1) out.push({ year, at });
	}
	return out;
}

/** The calendar years (UTC) a window covers, for the marker's spoken value. */
export function windowYears(window: Span): { from: number; to: number } {
	return {
		from: new Date(window.start).getUTCFullYear(),
		// The end is exclusive: a window ending at midnight on 1 January ends the year before.
		to: new Date(Math.max(window.start, window.end - 1)).getUTCFullYear()
	};
}
