import { parse } from 'node-html-parser';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { defined } from '../../lib/defined.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import DenseToConv, { tuple } from './DenseToConv.tsx';
import { TRAIN_SIZE, VGG_HEAD } from './settings.ts';
import { STRINGS } from './strings.ts';
import { converterView } from './view.ts';

/** The island as `DenseToConv.astro` renders it on the server. */
function island(lang: Lang): string {
	const first = converterView(VGG_HEAD, TRAIN_SIZE, lang);
	if (!first.ok) throw new Error(first.message);
	return render(<DenseToConv lang={lang} t={STRINGS[lang]} view={first.view} />);
}

describe('DenseToConv on the server', () => {
	test('renders both heads with identical counts, layer by layer, in English', () => {
		const html = parse(island('en'));
		const dense = html.querySelectorAll('.d2c-count[data-kind="dense"]').map((e) => e.text);
		const conv = html.querySelectorAll('.d2c-count[data-kind="conv"]').map((e) => e.text);
		expect(dense).toEqual(['102,764,544', '16,781,312', '4,097,000']);
		expect(conv).toEqual(dense);
		expect(html.querySelector('.d2c-total[data-kind="conv"]')?.text).toBe('123,642,856');
		expect(html.text).toContain('(7×7×512 + 1) × 4,096 = 102,764,544');
	});

	test('shows the reshapes and a 1×1 grid at 224, in Indonesian numbers', () => {
		const html = parse(island('id'));
		expect(html.querySelector('.d2c-reshapes')?.text).toContain(
			'(25.088, 4.096) → (7, 7, 512, 4.096)',
		);
		expect(html.querySelector('.d2c-reshapes')?.text).toContain(
			'(4.096, 25.088) → (4.096, 512, 7, 7)',
		);
		expect(html.querySelector('.d2c-grid')?.getAttribute('data-grid')).toBe('1x1');
	});

	test('gives both SVGs a title and description and draws their labels as text', () => {
		const html = parse(island('en'));
		const svgs = html.querySelectorAll('svg');
		expect(svgs).toHaveLength(2);
		for (const svg of svgs) {
			expect(svg.getAttribute('role')).toBe('img');
			const title = defined(svg.querySelector('title'), 'the SVG’s title');
			const desc = defined(svg.querySelector('desc'), 'the SVG’s description');
			expect(title.id).toBe(svg.getAttribute('aria-labelledby'));
			expect(desc.id).toBe(svg.getAttribute('aria-describedby'));
		}
		const head = defined(svgs[0], 'the head’s SVG');
		expect(head.text).toContain('7×7 conv, 4,096');
		// The head's edges end in the arrowhead its frame defines.
		const marker = defined(head.querySelector('marker'), 'the arrowhead').id;
		expect(head.querySelector('line')?.getAttribute('marker-end')).toBe(`url(#${marker})`);
	});

	test('fills every template: no placeholder, NaN or undefined reaches the page', () => {
		for (const lang of ['en', 'id'] as const) {
			expect(island(lang)).not.toMatch(/\{\w+\}|NaN|undefined/);
		}
	});

	test('announces the first frame from the start, so focusing the widget announces nothing new', () => {
		expect(parse(island('en')).querySelector('[aria-live]')?.text).toBe(
			'Input 224×224: output grid 1×1; head 123,642,856 parameters.',
		);
	});

	test('writes shapes as tuples in the page’s number format', () => {
		expect(tuple([25_088, 4096], 'en')).toBe('(25,088, 4,096)');
		expect(tuple([7, 7, 512, 4096], 'id')).toBe('(7, 7, 512, 4.096)');
	});
});
