import type { Lang } from '../../lib/i18n/lang.ts';

/** Words of the chart of the explorer's networks; the chart renders on the server only. */
export interface ChartWords {
	title: string;
	desc: string;
	yAxis: string;
	xAxis: string;
	/** Tick label for 10^exponent parameters. */
	tick: (exponent: number) => string;
	network: string;
	implementation: string;
	row: (name: string, year: number, top5: string | undefined) => string;
	note: string;
}

/** The chart's text in Indonesian and English. */
export const CHART_STRINGS: Record<Lang, ChartWords> = {
	en: {
		title: 'Parameters of the seven networks, by year',
		desc: 'One bar per network on a logarithmic scale, from LeNet-5 (1998) to EfficientNet-B0 (2019), with the ILSVRC top-5 error of the winners. The table below gives the same figures.',
		yAxis: 'Network, year, top-5 error',
		xAxis: 'Parameters (log scale)',
		tick: (e) => ['10k', '100k', '1M', '10M', '100M'][e - 4] ?? `1e${e}`,
		network: 'Network',
		implementation: 'Reference implementation',
		row: (name, year, top5) => `${name} · ${year}${top5 ? ` · ${top5}` : ''}`,
		note: 'The error is that of the family’s winning ILSVRC entry, usually an ensemble (ResNet-152, SENet-154); the counts are those of the single model named in the table, computed by the engine.',
	},
	id: {
		title: 'Parameter ketujuh jaringan, menurut tahun',
		desc: 'Satu batang per jaringan pada skala logaritmik, dari LeNet-5 (1998) sampai EfficientNet-B0 (2019), dengan galat top-5 ILSVRC para pemenang. Tabel di bawah memuat angka yang sama.',
		yAxis: 'Jaringan, tahun, galat top-5',
		xAxis: 'Parameter (skala log)',
		tick: (e) => ['10 rb', '100 rb', '1 jt', '10 jt', '100 jt'][e - 4] ?? `1e${e}`,
		network: 'Jaringan',
		implementation: 'Implementasi rujukan',
		row: (name, year, top5) => `${name} · ${year}${top5 ? ` · ${top5}` : ''}`,
		note: 'Galatnya adalah galat entri ILSVRC pemenang dari keluarga jaringan itu, biasanya sebuah ansambel (ResNet-152, SENet-154); jumlah parameternya milik satu model yang disebut di tabel, dihitung oleh engine.',
	},
};
