// Plain HTML: nothing on the page needs the app (see src/lib/enhance.ts for what is enhanced).
export const csr = false;
