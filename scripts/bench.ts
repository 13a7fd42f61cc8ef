/**
 * Benchmark of the CNN engine on the largest presets. Widgets recompute the summary on every
 * keystroke, so the target is at least 5,000 ResNet-50 summaries a second, parsing included.
 *
 *   npm run bench [-- --seconds 1]
 *
 * For each preset it reports summaries per second for three paths:
 * - parse + summary: `summary(parseModel(json))` on a JSON object, what a widget does;
 * - from text: the same plus `JSON.parse`, what a widget with a text editor does;
 * - summary only: on an already parsed model.
 * Each figure is the median of several timed rounds, to resist noise on a shared machine.
 */
import { parseArgs } from 'node:util';
import { defined } from '../src/lib/defined.ts';
import { formatNumber } from '../src/lib/i18n/format.ts';
import { parseModel, summary, type ModelJson } from '../src/lib/cnn/index.ts';
import { findPreset } from '../src/lib/cnn/presets/index.ts';

const TARGET = 5_000;
const IDS = ['resnet50', 'resnet50-keras', 'se-resnet50', 'xception', 'googlenet', 'vgg16'];

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '1' } } });
const seconds = Number(values.seconds);
if (!(seconds > 0)) {
	process.stderr.write('error: --seconds must be a positive number\n');
	process.exit(1);
}
const ROUNDS = 7;

/** Calls per second of `run`, as the median over rounds after a warm-up. */
function rate(run: () => unknown): number {
	const roundMs = (seconds * 1000) / ROUNDS;
	const warmUp = performance.now();
	while (performance.now() - warmUp < Math.min(300, roundMs)) run();
	const rates: number[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		let calls = 0;
		const start = performance.now();
		let elapsed = 0;
		do {
			for (let i = 0; i < 20; i++) run();
			calls += 20;
			elapsed = performance.now() - start;
		} while (elapsed < roundMs);
		rates.push((calls * 1000) / elapsed);
	}
	rates.sort((a, b) => a - b);
	return defined(rates[ROUNDS >> 1], 'the median rate');
}

const n = (value: number) => formatNumber(Math.round(value), 'en');
const rows: string[][] = [];
let resnet = 0;
for (const id of IDS) {
	const preset = defined(findPreset(id), `preset ${id}`);
	const json: ModelJson = await preset.load();
	const text = JSON.stringify(json);
	const model = parseModel(json);
	const perSecond = rate(() => summary(parseModel(json)));
	if (id === 'resnet50') resnet = perSecond;
	rows.push([
		preset.name,
		n(json.layers.length),
		n(perSecond),
		formatNumber(1e6 / perSecond, 'en', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
		n(rate(() => summary(parseModel(JSON.parse(text))))),
		n(rate(() => summary(model))),
	]);
}

const header = ['Preset', 'Layers', 'parse+summary/s', 'µs each', 'from text/s', 'summary only/s'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: readonly string[]) =>
	cells
		.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
		.join('   ');
console.log(
	`Node ${process.version}, ${ROUNDS} rounds of ${formatNumber((seconds * 1000) / ROUNDS, 'en')} ms each, median`,
);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('   '));
for (const row of rows) console.log(line(row));
console.log('');
console.log(
	`ResNet-50 (torchvision): ${n(resnet)} summaries/second, parsing included; target ${n(TARGET)}: ${resnet >= TARGET ? 'met' : 'NOT met'}.`,
);
