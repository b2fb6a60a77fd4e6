/**
 * The site's mark, a triangle: three relationships, three corners. One shape for the page header
 * (`Logo.svelte`) and the preview cards (`og/template.ts`), which draw it each in its own way.
 */
export const LOGO = { viewBox: '0 0 64 64', points: '32,8 58,54 6,54', strokeWidth: 6 } as const;
