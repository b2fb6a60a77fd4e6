import { LANGS } from '$lib/content/vocabulary';
import { siteCard } from '$lib/og/template';
import { cardResponse } from '$lib/server/og';
import type { EntryGenerator, RequestHandler } from './$types';

/** The site-wide preview card per language, for the chronicle, commentary and pair pages. */
export const prerender = true;

export const entries: EntryGenerator = () => LANGS.map((lang) => ({ lang }));

export const GET: RequestHandler = ({ params }) => cardResponse(siteCard(params.lang));
