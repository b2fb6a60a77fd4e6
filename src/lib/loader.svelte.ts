import { untrack } from 'svelte';

/** At most this many requests for one file… */
export const MAX_ATTEMPTS = 3;
/** …in any window of this length, however often the reader acts. */
export const ATTEMPT_WINDOW_MS = 60_000;

/** The attempts still inside the window ending at `now`, and whether one more may go out. */
export function nextAttempts(
	attempts: readonly number[],
	now: number
): { allowed: boolean; recent: number[] } {
	const recent = attempts.filter((time) => now - time < ATTEMPT_WINDOW_MS);
	return { allowed: recent.length < MAX_ATTEMPTS, recent };
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Something the page fetches lazily (a file, a module). A success is kept; a failure is not, so
 * the next call — the reader's next action — tries again, within the attempt budget. `load` never
 * rejects: the page reads `status` and says so where the feature would be.
 */
export class Lazy<T> {
	status = $state<LoadStatus>('idle');
	value = $state.raw<T | null>(null);
	#attempts: number[] = [];
	#pending: Promise<T | null> | null = null;
	readonly #fetch: () => Promise<T>;
	readonly #now: () => number;

	constructor(fetch: () => Promise<T>, now: () => number = Date.now) {
		this.#fetch = fetch;
		this.#now = now;
	}

	/** Untracked, so an effect that calls it does not rerun on its own status changes. */
	load(): Promise<T | null> {
		return untrack(() => {
			if (this.status === 'ready') return Promise.resolve(this.value);
			if (this.#pending) return this.#pending;
			const { allowed, recent } = nextAttempts(this.#attempts, this.#now());
			if (!allowed) return Promise.resolve(null);
			this.#attempts = [...recent, this.#now()];
			this.status = 'loading';
			this.#pending = this.#fetch().then(
				(value) => {
					this.value = value;
					this.status = 'ready';
					return value;
				},
				(error: unknown) => {
					console.warn(error);
					this.status = 'failed';
					return null;
				}
			);
			this.#pending.finally(() => (this.#pending = null));
			return this.#pending;
		});
	}
}
