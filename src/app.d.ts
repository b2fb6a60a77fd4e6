// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		/** The chronicle's view (`?pair=&q=&event=`) after shallow routing, which leaves page.url as it was. */
		interface PageState {
			search?: string;
		}
	}
}

export {};
