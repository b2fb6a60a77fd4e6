/**
 * Runs `callback` in a task after the page's first contentful paint, so that optional code (the
 * timeline) never competes with the chronology for the first frame. Browsers without paint timing
 * fall back to the task after the next frame. Returns a function that cancels.
 */
export function afterFirstPaint(callback: () => void): () => void {
	let cancelled = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = () => {
		if (!cancelled) timer = setTimeout(callback, 0);
	};
	let stopWaiting: () => void;
	const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
	if (painted || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
		const frame = requestAnimationFrame(run);
		stopWaiting = () => cancelAnimationFrame(frame);
	} else {
		const observer = new PerformanceObserver((list) => {
			if (!list.getEntriesByName('first-contentful-paint').length) return;
			observer.disconnect();
			run();
		});
		observer.observe({ type: 'paint' });
		stopWaiting = () => observer.disconnect();
	}
	return () => {
		cancelled = true;
		stopWaiting();
		clearTimeout(timer);
	};
}
