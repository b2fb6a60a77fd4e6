import type { EntryGenerator } from './$types';

// Written as /ja/404.html and /en/404.html: hosts that look for the nearest 404 page use these.
export const trailingSlash = 'never';
export const entries: EntryGenerator = () => [{ lang: 'ja' }, { lang: 'en' }];
