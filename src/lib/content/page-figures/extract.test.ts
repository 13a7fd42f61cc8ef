import { describe, expect, test } from 'vitest';
import {
	extractFigures,
	isYear,
	parseFigure,
	printFigure,
	printShape,
	type PageFigure,
} from './extract.ts';

const texts = (figures: readonly PageFigure[]) =>
	figures.map((f) => `${f.text}${f.unit ? ` ${f.unit}` : ''}${f.quoted ? ' (quoted)' : ''}`);
const read = (source: string, lang: 'id' | 'en' = 'id') => texts(extractFigures(source, lang));

describe('parseFigure', () => {
	test('reads each language’s separators', () => {
		expect(parseFigure('903.400', 'id')).toBe(903_400);
		expect(parseFigure('903,400', 'en')).toBe(903_400);
		expect(parseFigure('12,6', 'id')).toBe(12.6);
		expect(parseFigure('3.613.600', 'id')).toBe(3_613_600);
		expect(parseFigure('4,510.5', 'en')).toBe(4510.5);
	});

	test('rejects a number written in the other language’s format', () => {
		expect(parseFigure('3.61', 'id')).toBeNaN();
		expect(parseFigure('12,6', 'en')).toBeNaN();
		expect(parseFigure('1,5,0', 'en')).toBeNaN();
	});
});

describe('extractFigures', () => {
	test('finds grouped numbers, decimals with units, percentages and shapes', () => {
		expect(
			read(
				'Total 903.400 parameter, 12,6 MB, turun 27%, peta 100×150×100 dan 1×1×4.096; 3,45 MiB; 4 bita.',
			),
		).toEqual(['903.400', '12,6 MB', '27 %', '100×150×100', '1×1×4.096', '3,45 MiB', '4 B']);
	});

	test('finds four-digit numbers without separators', () => {
		expect(read('a reshape to 25088 values', 'en')).toEqual(['25088']);
	});

	test('reads a figure after an Indonesian hyphen, but not a model’s name', () => {
		expect(read('untuk ke-360.200 bobotnya')).toEqual(['360.200']);
		expect(
			texts(extractFigures('VGG-16 dan ResNet-152 punya 3 tahap', 'id', { every: true })),
		).toEqual(['3']);
	});

	test('skips small numbers, names with digits and products written with spaces', () => {
		expect(
			read('VGG-16, FCN-32s, float32, conv2d, layer 3, 200 · 300 · 3, H × W, 2× upsampling', 'en'),
		).toEqual([]);
	});

	test('reads KaTeX source, with its braced separators and \\text units', () => {
		expect(
			read('$$\n9{,}0\\ \\text{MB} + 3{,}61\\ \\text{MB} \\approx 12{,}6\\ \\text{MB}\n$$'),
		).toEqual(['9,0 MB', '3,61 MB', '12,6 MB']);
		expect(read('$7 \\times 7$ and $18{,}000{,}100 / 2{,}800$', 'en')).toEqual([
			'18,000,100',
			'2,800',
		]);
	});

	test('reports a figure in multi-line maths at its own line', () => {
		const figures = extractFigures(
			'Intro.\n\n$$\n\\begin{aligned}\n&1{,}000 \\\\\n&2{,}000\n\\end{aligned}\n$$\n',
			'en',
		);
		expect(figures.map((f) => [f.text, f.line])).toEqual([
			['1,000', 5],
			['2,000', 6],
		]);
	});

	test('skips frontmatter, imports, fenced code and props other than a claim', () => {
		const page = [
			'---',
			"description: 'Menghitung 903.400 parameter'",
			'---',
			"import X from '../x2000.astro';",
			'',
			'```python',
			'model.reshape(25088, 4096)',
			'```',
			'',
			'<Calculator lang="id" preset="exercise2" width={1200} />',
		].join('\n');
		expect(read(page)).toEqual([]);
	});

	test('skips the contents of components that render their own engine output', () => {
		expect(read('<CodeTabs id="ch14-02">\nprint(903400)\n</CodeTabs>\n\nSisa 1.500.000.')).toEqual([
			'1.500.000',
		]);
		expect(read('<SelfCheck lang="id">Berapa 903.400?</SelfCheck>')).toEqual([]);
	});

	test('marks the notes’ words as quoted and reads them in the notes’ English format', () => {
		const figures = extractFigures(
			'<ShortAnswer>\n\nTotal **903,400**\n\n</ShortAnswer>\n\n<Correction claim="~3.44 MB">\n\n3,44 MB salah.\n\n</Correction>',
			'id',
		);
		expect(figures.map((f) => [f.text, f.unit, f.quoted, f.format, f.values[0]])).toEqual([
			['903,400', undefined, true, 'en', 903_400],
			['3.44', 'MB', true, 'en', 3.44],
			['3,44', 'MB', false, 'id', 3.44],
		]);
	});

	test('reads code spans in the English format of code', () => {
		const [figure] = extractFigures('dengan `beta=0.75` di TensorFlow', 'id');
		expect([figure?.text, figure?.format, figure?.values[0]]).toEqual(['0.75', 'en', 0.75]);
	});

	test('keeps a wrongly formatted number as a figure that cannot be read', () => {
		const [figure] = extractFigures('bobot 3.61 MB', 'id');
		expect(figure?.text).toBe('3.61');
		expect(figure?.values[0]).toBeNaN();
	});

	test('leaves out years in citations, competition editions and a Year column, and nothing else', () => {
		const page = [
			'LeCun dkk. (1998) dan (Ioffe dan Szegedy, 2015), ILSVRC 2012, tahun 2017.',
			'',
			'| Jaringan | Tahun | Parameter |',
			'| --- | --- | ---: |',
			'| AlexNet | 2012 | 61.100.840 |',
			'',
			'Stage 4 outputs 2048 channels; 2048 (the width) and 2030 appear too.',
		].join('\n');
		expect(read(page)).toEqual(['61.100.840', '2048', '2048', '2030']);
	});

	test('counts every number when asked, for pinning small ones', () => {
		expect(
			texts(extractFigures('C1 punya 156 parameter, ⌈75/2⌉ = 38.', 'id', { every: true })),
		).toEqual(['156', '75', '2', '38']);
	});
});

describe('isYear', () => {
	test('needs one of the listed contexts, within 1998 to 2026', () => {
		expect(isYear('2019', 'Zhang (', ')')).toBe(true);
		expect(isYear('2012', 'won ILSVRC ', ' with')).toBe(true);
		expect(isYear('2012', '| ', ' |', ' Year ')).toBe(true);
		expect(isYear('2016', 'a ', ' year later')).toBe(true);
		expect(isYear('2048', 'Zhang (', ')')).toBe(false);
		expect(isYear('2015', 'in ', ' they')).toBe(false);
		expect(isYear('1995', '(', ')')).toBe(false);
	});
});

describe('printFigure and printShape', () => {
	test('print in the page’s format with fixed decimals', () => {
		expect(printFigure(565.6136, 'id', { digits: 1 })).toBe('565,6');
		expect(printFigure(6, 'en', { digits: 1 })).toBe('6.0');
		expect(printFigure(4510.4544, 'en', { digits: 1 })).toBe('4,510.5');
		expect(printShape([1, 1, 4096], 'id')).toBe('1×1×4.096');
	});

	test('round down or up when a page truncates', () => {
		expect(printFigure(3.4461, 'en', { digits: 2, round: 'down' })).toBe('3.44');
		expect(printFigure(3.4461, 'en', { digits: 2 })).toBe('3.45');
		expect(printFigure(3.441, 'en', { digits: 2, round: 'up' })).toBe('3.45');
	});
});
