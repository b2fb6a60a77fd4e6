import type { EntryGenerator } from './$types';

// Written as /ja/404.html and /en/404.html: hosts that look for the nearest 404 page use these.
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [{ lang: 'ja' }, { lang: 'en' }];
// Plain HTML: nothing on the page needs the app (see src/lib/enhance.ts for what is enhanced).
export const csr = false;
