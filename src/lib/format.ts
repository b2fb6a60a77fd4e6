/** Date and label formatting in the page's language. Pure; every date we show goes through here. */
import { format } from 'date-fns';
import { ja as jaLocale, enGB } from 'date-fns/locale';
import { firstDay, precisionOf } from './content/dates';
import type { Lang } from './content/schema';
import { dictionaries } from './i18n';

const PATTERNS: Record<Lang, Record<'year' | 'month' | 'day', string>> = {
	ja: { year: 'yyyy年', month: 'yyyy年M月', day: 'yyyy年M月d日' },
	en: { year: 'yyyy', month: 'MMMM yyyy', day: 'd MMMM yyyy' }
};

const LOCALES = { ja: jaLocale, en: enGB };

/** A local-time Date for the first day of a partial date, so the printed day never shifts by zone. */
function localDate(date: string): Date {
	const [y, m, d] = firstDay(date).split('-').map(Number);
	const value = new Date(2000, m - 1, d);
	value.setFullYear(y);
	return value;
}

/** `2024年6月19日` / `19 June 2024`; `1996年9月` / `September 1996`; `1996年` / `1996`. */
export function formatDate(date: string, lang: Lang): string {
	return format(localDate(date), PATTERNS[lang][precisionOf(date)], { locale: LOCALES[lang] });
}

/** A date or a span: `2019年6月20日〜21日` / `20–21 June 2019`, otherwise both ends in full. */
export function formatDateRange(date: string, end: string | undefined, lang: Lang): string {
	if (!end || end === date) return formatDate(date, lang);
	const t = dictionaries[lang];
	const sameMonth =
		precisionOf(date) === 'day' &&
		precisionOf(end) === 'day' &&
		date.slice(0, 7) === end.slice(0, 7);
	if (sameMonth) {
		return t.daySpan({
			start: formatDate(date, lang),
			end: formatDate(end, lang),
			startDay: Number(date.slice(8)),
			endDay: Number(end.slice(8))
		});
	}
	return t.span(formatDate(date, lang), formatDate(end, lang));
}
