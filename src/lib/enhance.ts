/**
 * The one script of the pages that do not hydrate: it enhances the markup that `CopyLink`,
 * `ShareButton`, `LanguageSwitcher`, the treaty comparison and the site-wide 404 page render,
 * through data attributes and handlers delegated to the document, so it works the same on the
 * pages that hydrate. Built on its own (the root layout imports it with `?worker&url`), it carries
 * no framework code; what it enhances is usable, or absent, without it.
 */
import { comparisonSearch, parseComparison } from './compare';
import { switchedPath } from './lang';

/** How long "Link copied" stays. */
const CONFIRMATION_MS = 4000;
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/**
 * `<button data-copy>` copies its `data-copy-text`, or the page's address when it has none; where
 * the clipboard is refused, the text is shown selected in a field so it can be copied by hand.
 */
async function copy(button: HTMLElement) {
	const box = button.parentElement!;
	const done = box.querySelector<HTMLElement>('[data-copied]')!;
	const manual = box.querySelector<HTMLElement>('[data-manual]')!;
	const field = manual.querySelector('input')!;
	const text = button.dataset.copyText ?? location.href;
	clearTimeout(timers.get(button));
	try {
		await navigator.clipboard.writeText(text);
		manual.hidden = true;
		done.hidden = false;
		timers.set(
			button,
			setTimeout(() => (done.hidden = true), CONFIRMATION_MS)
		);
	} catch {
		done.hidden = true;
		field.value = text;
		manual.hidden = false;
		field.focus();
		field.select();
	}
}

/** `<button data-share>`: the system share sheet; dismissing it rejects, which is not an error. */
function share(button: HTMLElement) {
	const { share: url, shareTitle: title } = button.dataset;
	navigator.share({ url, title }).catch(() => undefined);
}

/** `<a data-switch-from data-switch-to>`: the same page in the other language, query kept. */
function switchLanguage(link: HTMLAnchorElement) {
	const { switchFrom, switchTo } = link.dataset;
	link.href = switchedPath(location.pathname, switchFrom!, switchTo!) + location.search;
}

/**
 * The treaty comparison (`form[data-compare]`, selects `a` and `b`): CSS shows the tables of the
 * options chosen, so the choice works without scripts. This reads the choice from the address on
 * load, or writes it there (`?a=…&b=…`, as the form would submit it) on a change, and says it.
 */
function compare(form: HTMLFormElement, fromAddress: boolean) {
	const pick = (side: 'a' | 'b') => form.elements.namedItem(side) as HTMLSelectElement;
	if (fromAddress) {
		const ids = [...pick('a').options].map((option) => option.value);
		const { a, b } = parseComparison(new URLSearchParams(location.search), ids);
		pick('a').value = a;
		pick('b').value = b;
	} else {
		const search = comparisonSearch({ a: pick('a').value, b: pick('b').value });
		history.replaceState(history.state, '', location.pathname + search);
	}
	const comparison = document.querySelector<HTMLElement>('[data-comparison]')!;
	comparison.dataset.a = pick('a').value;
	comparison.dataset.b = pick('b').value;
	comparison.dataset.ready = 'true';
	const live = document.querySelector<HTMLElement>('[data-comparing]')!;
	const label = (side: 'a' | 'b') => pick(side).selectedOptions[0].text;
	live.textContent = live.dataset.comparing!.replace('{a}', label('a')).replace('{b}', label('b'));
}

/**
 * The site-wide 404 page (`[data-lang-order]`) holds both languages: the one of the requested path
 * (each section's `data-home` is its chronicle's path), else the browser's, comes first.
 */
function orderLanguages(page: HTMLElement) {
	const sections = [...page.querySelectorAll<HTMLElement>('[data-home]')];
	const browser = navigator.language.startsWith('ja') ? 'ja' : 'en';
	const first =
		sections.find((section) => location.pathname.startsWith(section.dataset.home!)) ??
		sections.find((section) => section.lang === browser);
	if (!first) return;
	sections[0].before(first);
	document.documentElement.lang = first.lang;
}

function start() {
	if (typeof navigator.share === 'function')
		for (const button of document.querySelectorAll<HTMLElement>('[data-share]'))
			button.hidden = false;
	const form = document.querySelector<HTMLFormElement>('form[data-compare]');
	if (form) compare(form, true);
	const page = document.querySelector<HTMLElement>('[data-lang-order]');
	if (page) orderLanguages(page);
}

const closest = (event: Event, selector: string) =>
	event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;

document.addEventListener('click', (event) => {
	const copyButton = closest(event, 'button[data-copy]');
	if (copyButton) void copy(copyButton);
	const shareButton = closest(event, 'button[data-share]');
	if (shareButton) share(shareButton);
});

// Before the browser, or the client router of a hydrated page, reads the link: on hover, focus and
// click, in the capture phase, since the address may have changed after load (shallow routing).
for (const type of ['pointerover', 'focusin', 'click']) {
	document.addEventListener(
		type,
		(event) => {
			const link = closest(event, 'a[data-switch-from]');
			if (link) switchLanguage(link as HTMLAnchorElement);
		},
		true
	);
}

document.addEventListener('change', (event) => {
	const form = closest(event, 'form[data-compare]');
	if (form) compare(form as HTMLFormElement, false);
});

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
