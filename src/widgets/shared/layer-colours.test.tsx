import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { LAYER_TYPES } from '../../lib/cnn/index.ts';
import { LAYER_KINDS, kindsOf, layerKind } from '../../lib/diagram/layer-kind.ts';
import { LANGS } from '../../lib/i18n/lang.ts';
import ArchitectureExplorer from '../ArchitectureExplorer/ArchitectureExplorer.tsx';
import { loadNetwork, networkFacts } from '../ArchitectureExplorer/load-network.ts';
import { STRINGS as EXPLORER } from '../ArchitectureExplorer/strings.ts';
import DenseToConv from '../DenseToConv/DenseToConv.tsx';
import { TRAIN_SIZE, VGG_HEAD } from '../DenseToConv/settings.ts';
import { STRINGS as CONVERTER } from '../DenseToConv/strings.ts';
import { converterView } from '../DenseToConv/view.ts';
import { LAYER_WORDS } from './layer-words.ts';
import { SummaryTable } from '../Calculator/SummaryTable.tsx';
import { fullFigures } from '../Calculator/full.ts';
import { initialState } from '../Calculator/full-state.ts';
import { loadPreset } from '../Calculator/networks.ts';
import { modeStrings } from '../Calculator/strings.ts';

const CSS = readFileSync(new URL('./widget.css', import.meta.url), 'utf8');

describe('the shared layer colours', () => {
	test('every engine layer type belongs to a family that widget.css colours in both tints', () => {
		for (const type of LAYER_TYPES) {
			const kind = layerKind(type);
			expect(CSS, `${type} → ${kind}`).toContain(`--cnn-layer-${kind}:`);
			expect(CSS, `${type} → ${kind}`).toContain(`--cnn-layer-${kind}-low:`);
			expect(CSS, `${type} → ${kind}`).toContain(`.cnn-kind-${kind} {`);
		}
		expect(CSS).toContain('.cnn-kind-input {');
	});

	test('every family is named in both languages, and the legend lists them in one order', () => {
		for (const lang of LANGS) {
			for (const kind of LAYER_KINDS) expect(LAYER_WORDS[lang].kinds[kind]).not.toBe('');
		}
		expect(kindsOf(['dense', 'conv2d', 'input', 'maxPool2d', 'conv2d'])).toEqual([
			'input',
			'conv',
			'pool',
			'dense',
		]);
	});

	test('the architecture explorer and the converter draw a convolution with the same class', async () => {
		const explorer = parse(
			render(
				<ArchitectureExplorer
					lang="en"
					t={EXPLORER.en}
					networks={networkFacts()}
					initial={await loadNetwork('lenet5', 'en')}
				/>,
			),
		);
		const first = converterView(VGG_HEAD, TRAIN_SIZE, 'en');
		if (!first.ok) throw new Error(first.message);
		const converter = parse(render(<DenseToConv lang="en" t={CONVERTER.en} view={first.view} />));

		// LeNet-5's first convolution and the converter's first 7×7 convolution.
		const box = explorer.querySelector('[data-box="C1"]');
		expect(box?.classList.contains('cnn-kind-conv')).toBe(true);
		const convs = converter.querySelectorAll('#d2c-head-title ~ g rect.cnn-kind-conv');
		expect(convs).toHaveLength(3);
		expect(converter.querySelectorAll('rect.cnn-kind-dense')).toHaveLength(3);

		// Both show the legend, with the same words for the same family.
		for (const html of [explorer, converter]) {
			const item = html.querySelector('.cnn-legend [data-kind="conv"]');
			expect(item?.text).toBe(LAYER_WORDS.en.kinds.conv);
			expect(item?.querySelector('.cnn-swatch')?.classList.contains('cnn-kind-conv')).toBe(true);
		}
	});

	test('the calculator’s summary marks every row, the input included, with its family, and names them in a legend', async () => {
		const { model, memory } = initialState(await loadPreset('exercise2'));
		const figures = fullFigures(model, memory, 'en');
		if (!figures.table.ok) throw new Error('exercise 2 must compute');
		const html = parse(
			render(
				<SummaryTable
					t={modeStrings('en').full}
					lang="en"
					input={figures.input}
					table={figures.table}
					shown={figures.table}
					stale={false}
				/>,
			),
		);
		const swatches = html
			.querySelectorAll('tbody th .cnn-swatch')
			.map((swatch) => swatch.classList.value.find((c) => c.startsWith('cnn-kind-')));
		// Exercise 2: the input, then conv, pool, conv, pool, flatten, dense layers.
		expect(swatches[0]).toBe('cnn-kind-input');
		expect(swatches).toHaveLength(figures.table.rows.length + 1);
		expect(swatches.slice(1)).toEqual(
			figures.table.rows.map((row) => `cnn-kind-${layerKind(row.type)}`),
		);
		expect(swatches).toContain('cnn-kind-conv');
		const legend = html
			.querySelectorAll('.cnn-legend li')
			.map((li) => li.getAttribute('data-kind'));
		expect(legend).toEqual(kindsOf(['input', ...figures.table.rows.map((row) => row.type)]));
		expect(legend).toContain('conv');
	});
});
