import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateRange } from './format';

describe('formatDate', () => {
	it.each([
		['2024-06-19', '2024年6月19日', '19 June 2024'],
		['1996-09', '1996年9月', 'September 1996'],
		['1961', '1961年', '1961'],
		['2000-01-01', '2000年1月1日', '1 January 2000'],
		['2024-02-29', '2024年2月29日', '29 February 2024'],
		['1991-12-31', '1991年12月31日', '31 December 1991']
	])('%s → %s / %s', (date, ja, en) => {
		expect([formatDate(date, 'ja'), formatDate(date, 'en')]).toEqual([ja, en]);
	});
});

describe('formatDateRange', () => {
	it.each([
		['2024-06-19', undefined, '2024年6月19日', '19 June 2024'],
		['2024-06-19', '2024-06-19', '2024年6月19日', '19 June 2024'],
		['2019-06-20', '2019-06-21', '2019年6月20日〜21日', '20–21 June 2019'],
		[
			'2024-10-24',
			'2024-11-11',
			'2024年10月24日〜2024年11月11日',
			'24 October 2024 – 11 November 2024'
		],
		['2018-03-25', '2019-01-10', '2018年3月25日〜2019年1月10日', '25 March 2018 – 10 January 2019'],
		['1996-09', '1996-10', '1996年9月〜1996年10月', 'September 1996 – October 1996'],
		['1996-09', '1996-09-10', '1996年9月〜1996年9月10日', 'September 1996 – 10 September 1996'],
		['1997', '1999', '1997年〜1999年', '1997 – 1999']
	])('%s to %s → %s / %s', (date, end, ja, en) => {
		expect([formatDateRange(date, end, 'ja'), formatDateRange(date, end, 'en')]).toEqual([ja, en]);
	});
});

describe('the time zone', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	// The furthest zones ahead of and behind UTC: a date built at UTC midnight would shift a day.
	it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'UTC'])(
		'does not shift dates in %s',
		(zone) => {
			vi.stubEnv('TZ', zone);
			expect([
				formatDate('2000-01-01', 'en'),
				formatDate('2000-01-01', 'ja'),
				formatDate('1961-07-06', 'en'),
				formatDate('2024-12', 'en'),
				formatDate('1991', 'en'),
				formatDateRange('2019-06-20', '2019-06-21', 'en')
			]).toEqual([
				'1 January 2000',
				'2000年1月1日',
				'6 July 1961',
				'December 2024',
				'1991',
				'20–21 June 2019'
			]);
		}
	);
});
