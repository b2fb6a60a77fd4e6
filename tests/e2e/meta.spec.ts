/**
 * Preview cards and structured data: every event page in both languages carries the meta tags and
 * JSON-LD that agree with its content file, and every card it points to is a 1200×630 PNG. Pages are
 * fetched as crawlers fetch them (no JavaScript, no browser: plain `http` tests, which have no
 * console to watch), which keeps ~80 pages fast; a browser pass with the `watch` fixture checks that
 * the JSON-LD raises no CSP violation and follows client-side navigation.
 */
import { test as http, type APIRequestContext } from '@playwright/test';
import { LANGS, type Lang } from '../../src/lib/content/schema';
import { dictionaries } from '../../src/lib/i18n';
import { siteCardAlt } from '../../src/lib/og/meta';
import { eventCardAlt } from '../../src/lib/og/template';
import { BASE, content, expect, path, published, test } from './fixtures';

/** The origin the site was built for (svelte.config.js): absolute URLs in the head start with it. */
const ORIGIN = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
const absolute = (p: string) => `${ORIGIN}${BASE}${p}`;
const LOCALES: Record<Lang, string> = { ja: 'ja_JP', en: 'en_US' };

function decode(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (_, entity: string) => {
		const named: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
		if (entity[0] !== '#') return named[entity.toLowerCase()];
		return String.fromCodePoint(
			entity[1] === 'x' || entity[1] === 'X'
				? parseInt(entity.slice(2), 16)
				: Number(entity.slice(1))
		);
	});
}

interface Head {
	lang: string | undefined;
	title: string[];
	/** Every `<meta>` value by its `property` or `name`, in order. */
	meta: Map<string, string[]>;
	canonical: string[];
	alternates: Map<string, string[]>;
	jsonLd: string[];
}

/** The parts of a prerendered page's head that crawlers read, without a DOM. */
function parseHead(html: string): Head {
	const head = html.slice(0, html.indexOf('</head>'));
	const attrs = (tag: string) =>
		Object.fromEntries(
			[...tag.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v)])
		);
	const push = (map: Map<string, string[]>, key: string, value: string) =>
		map.set(key, [...(map.get(key) ?? []), value]);
	const result: Head = {
		lang: html.match(/<html[^>]*\slang="([^"]*)"/)?.[1],
		title: [...head.matchAll(/<title>([^<]*)<\/title>/g)].map(([, t]) => decode(t)),
		meta: new Map(),
		canonical: [],
		alternates: new Map(),
		jsonLd: [...head.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map(
			([, json]) => json
		)
	};
	for (const [tag] of head.matchAll(/<(?:meta|link)\s[^>]*>/g)) {
		const a = attrs(tag);
		if (tag.startsWith('<meta') && (a.property ?? a.name) && a.content !== undefined)
			push(result.meta, a.property ?? a.name, a.content);
		if (tag.startsWith('<link') && a.rel === 'canonical') result.canonical.push(a.href);
		if (tag.startsWith('<link') && a.rel === 'alternate' && a.hreflang)
			push(result.alternates, a.hreflang, a.href);
	}
	return result;
}

/** The one value of a meta tag; fails when it is missing or given twice. */
function one(head: Head, key: string): string {
	const values = head.meta.get(key) ?? [];
	expect(values, `exactly one <meta> ${key}`).toHaveLength(1);
	return values[0];
}

async function fetchHead(request: APIRequestContext, sitePath: string): Promise<Head> {
	const response = await request.get(path(sitePath));
	expect(response.status(), sitePath).toBe(200);
	return parseHead(await response.text());
}

/** Fetches an absolute card URL from the server under test and checks it is a 1200×630 PNG. */
async function expectCard(request: APIRequestContext, url: string) {
	expect(url.startsWith(`${ORIGIN}${BASE}/og/`), url).toBe(true);
	const response = await request.get(url.slice(ORIGIN.length));
	expect(response.status(), url).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	expect([...png.subarray(0, 8)], 'PNG signature').toEqual([
		0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a
	]);
	expect(png.subarray(12, 16).toString('latin1'), 'IHDR first').toBe('IHDR');
	expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
		width: 1200,
		height: 630
	});
}

/** The tags every page shares: canonical, alternates, Open Graph basics, Twitter card, image size. */
function expectCommonTags(head: Head, lang: Lang, sitePath: string, description: string) {
	const canonical = absolute(sitePath);
	expect(head.lang).toBe(lang);
	expect(head.canonical).toEqual([canonical]);
	for (const l of LANGS)
		expect(head.alternates.get(l)).toEqual([absolute(sitePath.replace(`/${lang}/`, `/${l}/`))]);
	expect(one(head, 'description')).toBe(description);
	expect(one(head, 'og:description')).toBe(description);
	expect(one(head, 'og:url')).toBe(canonical);
	expect(one(head, 'og:site_name')).toBe(dictionaries[lang].siteName);
	expect(one(head, 'og:locale')).toBe(LOCALES[lang]);
	expect(one(head, 'og:image:width')).toBe('1200');
	expect(one(head, 'og:image:height')).toBe('630');
	expect(one(head, 'og:image:type')).toBe('image/png');
	expect(one(head, 'twitter:card')).toBe('summary_large_image');
	expect(one(head, 'twitter:title')).toBe(one(head, 'og:title'));
	expect(one(head, 'twitter:description')).toBe(description);
	expect(one(head, 'twitter:image')).toBe(one(head, 'og:image'));
	expect(one(head, 'twitter:image:alt')).toBe(one(head, 'og:image:alt'));
}

http('there are events to check', () => {
	expect(published.length).toBeGreaterThan(1);
});

for (const lang of LANGS) {
	http.describe(`event page meta (${lang})`, () => {
		for (const event of published) {
			http(event.id, async ({ request }) => {
				const sitePath = `/${lang}/events/${event.id}/`;
				const head = await fetchHead(request, sitePath);
				const title = event.title[lang];
				const card = {
					lang,
					title,
					date: event.date,
					end: event.end,
					pairs: event.pairs
				};

				expect(head.title).toEqual([`${title} | ${dictionaries[lang].siteName}`]);
				expectCommonTags(head, lang, sitePath, event.summary[lang]);
				expect(one(head, 'og:title')).toBe(title);
				expect(one(head, 'og:type')).toBe('article');
				const image = one(head, 'og:image');
				expect(image).toBe(absolute(`/og/${lang}/${event.id}.png`));
				expect(one(head, 'og:image:alt')).toBe(eventCardAlt(card));

				expect(head.jsonLd, 'one JSON-LD block').toHaveLength(1);
				const data = JSON.parse(head.jsonLd[0]);
				expect(data).toMatchObject({
					'@context': 'https://schema.org',
					'@type': 'Article',
					url: absolute(sitePath),
					headline: title,
					description: event.summary[lang],
					inLanguage: lang,
					image,
					about: { '@type': 'Event', name: title, startDate: event.date }
				});
				expect(data.about.endDate).toBe(event.end);
				expect(data.citation).toHaveLength(event.sources.length);

				await expectCard(request, image);
			});
		}
	});

	http.describe(`site-wide card (${lang})`, () => {
		const pages: { sitePath: string; title: string; type: string; description?: string }[] = [
			{
				sitePath: `/${lang}/`,
				title: dictionaries[lang].siteName,
				type: 'website',
				description: dictionaries[lang].tagline
			},
			{ sitePath: `/${lang}/commentary/`, title: dictionaries[lang].commentary, type: 'website' },
			...content.commentary.map((entry) => ({
				sitePath: `/${lang}/commentary/${entry.id}/`,
				title: entry.title[lang],
				type: 'article',
				description: entry.summary[lang]
			}))
		];
		for (const { sitePath, title, type, description } of pages) {
			http(sitePath, async ({ request }) => {
				const head = await fetchHead(request, sitePath);
				expectCommonTags(head, lang, sitePath, description ?? one(head, 'description'));
				expect(one(head, 'og:title')).toBe(title);
				expect(one(head, 'og:type')).toBe(type);
				expect(one(head, 'og:image')).toBe(absolute(`/og/${lang}/site.png`));
				expect(one(head, 'og:image:alt')).toBe(siteCardAlt(lang));
				expect(head.jsonLd).toEqual([]);
				await expectCard(request, one(head, 'og:image'));
			});
		}
	});

	test(`in a browser, the JSON-LD breaks no CSP and follows navigation (${lang})`, async ({
		page
	}) => {
		const [first, second] = published;
		await page.goto(path(`/${lang}/events/${first.id}/`));
		const ld = page.locator('head script[type="application/ld+json"]');
		const image = page.locator('head meta[property="og:image"]');
		await expect(ld).toHaveCount(1);
		expect(JSON.parse((await ld.textContent())!).about.startDate).toBe(first.date);
		// Client-side navigation to the next event swaps the head's card and data, without duplicates.
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/events/${second.id}/$`));
		await expect(ld).toHaveCount(1);
		await expect
			.poll(async () => JSON.parse((await ld.textContent())!).about.startDate)
			.toBe(second.date);
		// After hydration the head is rendered with the browser's origin, so compare paths.
		await expect(image).toHaveCount(1);
		await expect
			.poll(async () => new URL((await image.getAttribute('content'))!).pathname)
			.toBe(`${BASE}/og/${lang}/${second.id}.png`);
	});
}
