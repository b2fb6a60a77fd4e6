/** The parts of citation-js (which ships no types) that `citation.ts` and its tests use. */
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		static async(data: unknown): Promise<Cite>;
		data: unknown[];
		format<T = string>(name: string, options?: Record<string, unknown>): T;
	}
	export const plugins: {
		config: {
			get(name: '@csl'): { styles: { add(name: string, xml: string): void } };
			get(name: '@bibtex'): { format: { asciiOnly: boolean } };
		};
	};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
