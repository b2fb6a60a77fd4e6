// Written as /404.html, the page static hosts serve for any unknown path.
export const trailingSlash = 'never';
// Plain HTML: the site's script orders the two languages (see src/lib/enhance.ts).
export const csr = false;
