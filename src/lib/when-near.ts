/**
 * Runs `callback` once `element` comes within a screen's height of the viewport and the main
 * thread is next idle, so optional code (the timeline) never competes with the first paint or
 * with the reader's first taps, and is never fetched by a reader who does not scroll to it.
 * Returns a function that cancels.
 */
export function whenNearAndIdle(element: Element, callback: () => void): () => void {
	let idle: (() => void) | null = null;
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			idle = whenIdle(callback);
		},
		{ rootMargin: '100% 0px' }
	);
	observer.observe(element);
	return () => {
		observer.disconnect();
		idle?.();
	};
}

/** The next idle period; within two seconds at the latest. Browsers without it: the next task. */
function whenIdle(callback: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(callback, { timeout: 2000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(callback, 0);
	return () => clearTimeout(id);
}
