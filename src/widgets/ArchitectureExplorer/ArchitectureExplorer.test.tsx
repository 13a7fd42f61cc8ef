import { parse } from 'node-html-parser';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { defined } from '../../lib/defined.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import ArchitectureExplorer, { type ArchitectureExplorerProps } from './ArchitectureExplorer.tsx';
import { chartData } from './chart-data.ts';
import { CHART_STRINGS } from './chart-strings.ts';
import { loadNetwork, networkFacts } from './load-network.ts';
import NetworkChart from './NetworkChart.tsx';
import { STRINGS } from './strings.ts';

/** The island's props as `ArchitectureExplorer.astro` computes them at build time. */
async function wrapperProps(lang: Lang): Promise<ArchitectureExplorerProps> {
	return {
		lang,
		t: STRINGS[lang],
		networks: networkFacts(),
		initial: await loadNetwork('lenet5', lang),
	};
}

/** The explorer's server HTML, as the wrapper renders it. */
async function explorer(lang: Lang) {
	return parse(render(<ArchitectureExplorer {...await wrapperProps(lang)} />));
}

/** The chart's server HTML, as `NetworkChart.astro` renders it. */
async function chart(lang: Lang) {
	return parse(
		render(
			<NetworkChart
				lang={lang}
				rows={await chartData()}
				t={STRINGS[lang]}
				c={CHART_STRINGS[lang]}
			/>,
		),
	);
}

describe('ArchitectureExplorer on the server', () => {
	test('gets props that survive the JSON an island’s props travel in: data and words, no functions', async () => {
		for (const lang of ['en', 'id'] as const) {
			const props = await wrapperProps(lang);
			expect(JSON.parse(JSON.stringify(props))).toEqual(props);
		}
	});

	test('renders LeNet-5’s facts, block and network with their engine counts, in English', async () => {
		const html = await explorer('en');
		expect(html.querySelector('.ax-total')?.text).toBe('61,706');
		expect(html.querySelector('.ax-depth')?.text).toBe('5');
		expect(html.querySelector('.ax-paper a')?.getAttribute('href')).toBe(
			'https://doi.org/10.1109/5.726791',
		);
		expect(html.querySelectorAll('input[type=radio]')).toHaveLength(7);
	});

	test('gives every SVG a title and a description it is labelled by, with text labels inside', async () => {
		const html = await explorer('id');
		const svgs = html.querySelectorAll('svg');
		expect(svgs).toHaveLength(2);
		for (const svg of svgs) {
			const title = defined(svg.querySelector('title'), 'the SVG’s title');
			const desc = defined(svg.querySelector('desc'), 'the SVG’s description');
			expect(svg.getAttribute('aria-labelledby')).toBe(title.id);
			expect(svg.getAttribute('aria-describedby')).toBe(desc.id);
			expect(svg.querySelectorAll('text').length).toBeGreaterThan(5);
		}
		// Indonesian numbers inside the diagram.
		expect(html.querySelector('[data-box="C5"]')?.getAttribute('aria-label')).toContain(
			'48.120 param',
		);
	});

	test('makes exactly one box of each diagram reachable with Tab; the arrows do the rest', async () => {
		const html = await explorer('en');
		for (const svg of html.querySelectorAll('svg')) {
			const stops = svg.querySelectorAll('[tabindex="0"]');
			expect(stops).toHaveLength(1);
			expect(svg.querySelectorAll('[tabindex="-1"]').length).toBeGreaterThan(2);
		}
	});

	test('lists the diagram in tables, with the working of every box', async () => {
		const html = await explorer('en');
		const rows = html.querySelectorAll('.ax-table tbody tr');
		expect(rows.map((r) => r.querySelector('th')?.text)).toContain('C3');
		expect(html.querySelector('.ax-table')?.text).toContain('(5×5×6 + 1) × 16 = 2,416');
	});
});

describe('NetworkChart', () => {
	test('draws seven bars with labelled axes and repeats the figures in a table', async () => {
		const html = await chart('en');
		const svg = defined(html.querySelector('svg'), 'the chart');
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.querySelectorAll('rect')).toHaveLength(7);
		expect(svg.text).toContain('Parameters (log scale)');
		expect(svg.text).toContain('Network, year, top-5 error');
		const row = defined(html.querySelector('tr[data-network="resnet50"]'), 'ResNet-50’s row');
		expect(row.text).toContain('25,557,032');
		expect(row.text).toContain('ResNet-50 (torchvision)');
	});

	test('writes the Indonesian chart with Indonesian numbers', async () => {
		const html = await chart('id');
		expect(html.querySelector('tr[data-network="alexnet"]')?.text).toContain('61.100.840');
		expect(html.querySelector('svg')?.text).toContain('15,3%');
	});
});
