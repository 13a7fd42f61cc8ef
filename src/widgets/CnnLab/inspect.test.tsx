import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import type { LayerMaps } from '../../lib/training/inspect.ts';
import { ConfusionMatrix } from './ConfusionMatrix.tsx';
import { DrawPad } from './DrawPad.tsx';
import { FeatureMaps } from './FeatureMaps.tsx';
import { Inspect } from './Inspect.tsx';
import { INSPECT_STRINGS } from './inspect-strings.ts';
import { Prediction } from './Prediction.tsx';

/*
 * The "looking inside" pieces as the lab's island renders them on the server: each shows its real
 * content (numbers, class names, headers) in both languages, and says what to do before there
 * is anything to show.
 */

const en = INSPECT_STRINGS.en;
const id = INSPECT_STRINGS.id;

/** A 10 × 10 confusion matrix: 100 right per class, but 23 shirts taken for T-shirts. */
function confusion(): Int32Array {
	const counts = new Int32Array(100);
	for (let k = 0; k < 10; k++) counts[k * 10 + k] = 100;
	counts[6 * 10 + 6] = 77;
	counts[6 * 10 + 0] = 23;
	return counts;
}

/** The `<tr>` of the table body whose row header is `name`. */
function rowOf(html: string, name: string): string {
	const start = html.indexOf(`<th scope="row">${name}</th>`);
	expect(start, name).toBeGreaterThan(-1);
	return html.slice(start, html.indexOf('</tr>', start));
}

describe('the confusion matrix', () => {
	test('is a table with both axes as headers, each count in its row, and recall per class', () => {
		const html = render(<ConfusionMatrix confusion={confusion()} t={en} lang="en" id="lab" />);
		expect(html).toContain('<table');
		expect(html).toContain('<th scope="colgroup" colspan="10">Predicted class</th>');
		expect(html).toContain('<th scope="col">True class</th>');
		expect(html.match(/<th scope="col">/g)).toHaveLength(12); // true class, 10 classes, recall
		expect(html.match(/<th scope="row">/g)).toHaveLength(10);
		const shirt = rowOf(html, 'Shirt');
		const cells = [...shirt.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
		expect(cells).toEqual(['23', '0', '0', '0', '0', '0', '77', '0', '0', '0', '77.0%']);
		expect(rowOf(html, 'Trouser')).toContain('100.0%');
		expect(html).toContain('Predictions for 1,000 test images; accuracy 97.7%.');
	});

	test('shades each cell by its share of the row and marks the diagonal', () => {
		const html = render(<ConfusionMatrix confusion={confusion()} t={en} lang="en" id="lab" />);
		const shirt = rowOf(html, 'Shirt');
		expect(shirt).toMatch(/<td style="--inspect-shade: ?14%;?">23<\/td>/);
		expect(shirt).toMatch(
			/<td class="is-diagonal is-strong" style="--inspect-shade: ?86%;?">77<\/td>/,
		);
	});

	test('scrolls in a named, focusable region, and speaks Indonesian on the Indonesian page', () => {
		const html = render(<ConfusionMatrix confusion={confusion()} t={id} lang="id" id="lab" />);
		expect(html).toMatch(
			/<section class="cnn-scroll inspect-cm__scroll" tabindex="0" aria-label="Matriks konfusi/,
		);
		expect(html).toContain('<th scope="row">Kemeja</th>');
		expect(html).toContain('Prediksi untuk 1.000 citra uji; akurasi 97,7%.');
	});

	test('before an evaluation, says when it will appear', () => {
		const html = render(<ConfusionMatrix confusion={undefined} t={en} lang="en" id="lab" />);
		expect(html).not.toContain('<table');
		expect(html).toContain(en.cmEmpty);
	});
});

describe('the prediction', () => {
	const probabilities = Float32Array.from([0.01, 0, 0.02, 0, 0.05, 0.03, 0.01, 0.85, 0.02, 0.01]);

	test('names the most likely class and lists every class with its probability', () => {
		const html = render(
			<Prediction probabilities={probabilities} label={7} t={en} lang="en" id="lab" />,
		);
		expect(html).toContain('The network says Sneaker, with a probability of 85.0%.');
		expect(html).toContain('The image is a Sneaker.');
		expect(html.match(/<li/g)).toHaveLength(10);
		expect(html).toMatch(/Ankle boot<\/span>.*?1\.0%/s);
		expect(html).toMatch(
			/class="is-top"><span class="inspect-pred__name">Sneaker<span class="inspect-tag">most likely<\/span><span class="inspect-tag">true class<\/span>/,
		);
		expect(html).toMatch(/style="width: ?85(\.\d+)?%;?"/);
	});

	test('in Indonesian, with the Indonesian class names and decimal comma', () => {
		const html = render(<Prediction probabilities={probabilities} t={id} lang="id" id="lab" />);
		expect(html).toContain('Jaringan menjawab Sepatu kets, dengan peluang 85,0%.');
		expect(html).toContain('Celana panjang');
		expect(html).not.toContain('kelas sebenarnya');
	});

	test('before an image, says how to get one', () => {
		const html = render(<Prediction probabilities={undefined} t={en} lang="en" id="lab" />);
		expect(html).not.toContain('<li');
		expect(html).toContain(en.predEmpty);
	});
});

describe('the feature maps', () => {
	// A conv layer of 3 maps of 4 × 5 (map 2 the strongest) and a pool layer of 3 maps of 2 × 2.
	const conv: LayerMaps = {
		name: 'conv2d',
		type: 'conv2d',
		shape: [4, 5, 3],
		values: Float32Array.from({ length: 60 }, (_, i) => (i % 3 === 1 ? 2 : i % 3 === 0 ? 0.5 : 0)),
	};
	const pool: LayerMaps = {
		name: 'max_pooling2d',
		type: 'maxPool2d',
		shape: [2, 2, 3],
		values: new Float32Array(12).fill(1),
	};

	test('draws a canvas per map, at the map’s size, and describes each layer in words', () => {
		const html = render(<FeatureMaps layers={[conv, pool]} t={en} lang="en" id="lab" />);
		expect(html).toContain('<figcaption>conv2d: 3 maps of 4 × 5</figcaption>');
		expect(html.match(/<canvas[^>]*width="5" height="4"/g)).toHaveLength(3);
		expect(html.match(/<canvas[^>]*width="2" height="2"/g)).toHaveLength(3);
		expect(html).toContain(
			'conv2d: 3 feature maps of 4 × 5 pixels, values from 0 to 2. The most active is map 2, with a mean of 2.',
		);
		expect(html).toMatch(
			/role="img" aria-label="max_pooling2d: 3 maps of 2 × 2" aria-describedby="lab-maps-1"/,
		);
	});

	test('draws at most `maxMaps` maps a layer and says how many there are', () => {
		const html = render(<FeatureMaps layers={[conv]} t={id} lang="id" id="lab" maxMaps={2} />);
		expect(html.match(/<canvas/g)).toHaveLength(2);
		expect(html).toContain('2 peta pertama dari 3.');
	});

	test('before an image, says how to get one', () => {
		const html = render(<FeatureMaps layers={undefined} t={en} lang="en" id="lab" />);
		expect(html).not.toContain('<canvas');
		expect(html).toContain(en.mapsEmpty);
	});
});

describe('the drawing pad', () => {
	test('is a labelled, focusable pad with its keys explained, a clear button and a labelled upload', () => {
		const html = render(<DrawPad t={en} lang="en" id="lab" onChange={() => undefined} />);
		expect(html).toMatch(
			/role="application" tabindex="0" aria-label="Drawing pad, 28 by 28 cells" aria-describedby="lab-pad-help"/,
		);
		expect(html).toContain('<p id="lab-pad-help" class="inspect-note">Draw with the mouse');
		expect(html).toContain('arrow keys move the cursor');
		expect(html).toMatch(/<canvas width="28" height="28" aria-hidden="true">/);
		expect(html).toMatch(/<button type="button">Clear the pad<\/button>/);
		expect(html).toContain('<label for="lab-upload">Upload a picture</label>');
		expect(html).toMatch(
			/<input id="lab-upload" type="file" accept="image\/\*" aria-describedby="lab-upload-hint"/,
		);
		expect(html).toContain('aria-live="polite"');
	});

	test('speaks Indonesian on the Indonesian page', () => {
		const html = render(<DrawPad t={id} lang="id" id="lab" onChange={() => undefined} />);
		expect(html).toContain('Papan gambar, 28 kali 28 sel');
		expect(html).toContain('Kosongkan papan');
	});
});

describe('the inspect section', () => {
	test('shows the chosen test image’s number and true class, its prediction, its maps and the matrix', () => {
		const probabilities = new Float32Array(10).fill(0.05);
		probabilities[9] = 0.55;
		const layers: LayerMaps[] = [
			{ name: 'conv2d', type: 'conv2d', shape: [2, 2, 3], values: new Float32Array(12).fill(1) },
		];
		const html = render(
			<Inspect
				t={en}
				lang="en"
				id="lab"
				testCount={2000}
				version={0}
				result={{ test: 0, label: 9, pixels: new Float32Array(784), probabilities, layers }}
				confusion={confusion()}
				onInspect={() => undefined}
			/>,
		);
		expect(html).toContain(en.testLabel);
		expect(html).toMatch(/value="1"/);
		expect(html).toContain('1 to 2,000');
		expect(html).toContain('True class: Ankle boot.');
		expect(html.match(/class="inspect-pred__value"/g)).toHaveLength(10);
		expect(html).toContain('55.0%');
		expect(html).toContain('conv2d: 3 maps of 2 × 2');
		expect(html.match(/<td[^>]*style="--inspect-shade/g)).toHaveLength(100);
		expect(html).not.toMatch(/NaN|undefined|\{\w+\}/);
	});
});

describe('the strings', () => {
	test('every template has the same placeholders in both languages, and ten class names', () => {
		const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			const a = en[key];
			const b = id[key];
			if (typeof a === 'string' && typeof b === 'string')
				expect(placeholders(b), key).toEqual(placeholders(a));
		}
		expect(en.classes).toHaveLength(10);
		expect(id.classes).toHaveLength(10);
	});

	test('no piece imports the strings’ values, so no words travel in the island’s JavaScript', () => {
		for (const file of [
			'DrawPad.tsx',
			'FeatureMaps.tsx',
			'Prediction.tsx',
			'ConfusionMatrix.tsx',
			'Inspect.tsx',
		]) {
			const source = readFileSync(join(import.meta.dirname, file), 'utf8');
			expect(source, file).not.toMatch(/import \{[^}]*\} from '\.\/inspect-strings\.ts'/);
			expect(source, file).not.toMatch(/fashion-mnist\/classes/);
		}
	});
});
