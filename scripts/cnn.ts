/**
 * Command-line front end of the CNN engine: the same figures the site's widgets show, for checking
 * a model against a framework's printout or scripting a table for the notes.
 *
 *   npm run cnn -- summary (--preset ID | --model FILE.json) [--json]
 *   npm run cnn -- memory (--preset ID | --model FILE.json) --batch N --dtype float32 [...]
 *   npm run cnn -- presets [--json]
 *
 * Errors print one line on stderr and exit with code 1; there is never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatNumber } from '../src/lib/i18n/format.ts';
import type { Lang } from '../src/lib/i18n/lang.ts';
import {
	CnnError,
	memory,
	parseJson,
	parseModel,
	summary,
	toMB,
	toMiB,
	type MemoryItemKey,
	type MemoryOptions,
	type MemoryReport,
	type Summary,
} from '../src/lib/cnn/index.ts';
import { findPreset, PRESETS } from '../src/lib/cnn/presets/index.ts';

const USAGE = `Usage: npm run cnn -- <command> [options]

Commands:
  summary   (--preset ID | --model FILE.json) [--json]
            Keras-style table of output shapes, parameters and MACs per layer, with totals.
  memory    (--preset ID | --model FILE.json) --batch N --dtype float32|float16|bfloat16|int8
            [--mode inference|training] [--optimizer none|sgd|momentum|adam]
            [--gradients | --no-gradients] [--checkpointing] [--mixed-precision] [--json]
            Memory breakdown: weights, gradients, optimizer state, activations, input batch,
            inference peak, in bytes, MB (10^6) and MiB (2^20).
  presets   [--json]
            Lists the preset IDs.

Options:
  --lang en|id   Language of numbers and error messages (default: en).
  --help, -h     Show this help.

The model format is documented in src/lib/cnn/README.md.`;

/** A mistake in how the command was called, reported like an engine error: one line, exit 1. */
class UsageError extends Error {}

const OPTIONS = {
	preset: { type: 'string' },
	model: { type: 'string' },
	json: { type: 'boolean' },
	batch: { type: 'string' },
	dtype: { type: 'string' },
	mode: { type: 'string' },
	optimizer: { type: 'string' },
	gradients: { type: 'boolean' },
	'no-gradients': { type: 'boolean' },
	checkpointing: { type: 'boolean' },
	'mixed-precision': { type: 'boolean' },
	lang: { type: 'string' },
	help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
	typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

async function loadModel(values: Values): Promise<unknown> {
	if (values.preset !== undefined && values.model !== undefined) {
		throw new UsageError('give either --preset or --model, not both');
	}
	if (values.preset !== undefined) {
		const preset = findPreset(values.preset);
		if (!preset) {
			throw new UsageError(
				`unknown preset "${values.preset}"; known presets: ${PRESETS.map((p) => p.id).join(', ')}`,
			);
		}
		return preset.load();
	}
	if (values.model !== undefined) {
		let text: string;
		try {
			text = readFileSync(values.model, 'utf8');
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			const reason =
				code === 'ENOENT'
					? 'no such file'
					: code === 'EISDIR'
						? 'it is a directory'
						: String(code ?? error);
			throw new UsageError(`cannot read model file "${values.model}": ${reason}`);
		}
		try {
			return parseJson(text);
		} catch (error) {
			// Name the file, so "not valid JSON" says which one.
			const detail = error instanceof CnnError ? String(error.params.detail) : String(error);
			throw new CnnError('invalid-json', { params: { detail: `${values.model}: ${detail}` } });
		}
	}
	throw new UsageError('give a model with --preset ID or --model FILE.json');
}

function pad(text: string, width: number, right = false): string {
	return right ? text.padStart(width) : text.padEnd(width);
}

/** Prints rows as aligned columns; `right` marks numeric columns. */
function table(
	header: readonly string[],
	rows: readonly (readonly string[])[],
	right: readonly boolean[],
): string[] {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: readonly string[]) =>
		' ' +
		cells
			.map((c, i) => pad(c, widths[i] ?? 0, right[i]))
			.join('   ')
			.trimEnd();
	const total = line(header).length + 1;
	return ['_'.repeat(total), line(header), '='.repeat(total), ...rows.map(line), '='.repeat(total)];
}

function printSummary(s: Summary, lang: Lang): string {
	const n = (value: number) => formatNumber(value, lang);
	const branched = s.layers.some(
		(l, i) => l.inputs.length !== 1 || l.inputs[0] !== (i === 0 ? 'input' : s.layers[i - 1]?.name),
	);
	const header = [
		'Layer (type)',
		'Output Shape',
		'Param #',
		'MACs',
		...(branched ? ['Connected to'] : []),
	];
	const rows = s.layers.map((l) => [
		`${l.name} (${l.type})`,
		`(None, ${l.outputShape.join(', ')})`,
		n(l.params),
		n(l.macs),
		...(branched ? [l.inputs.join(', ')] : []),
	]);
	return [
		`Model: "${s.name}" (input ${s.inputShape.join('×')}, convention ${s.convention})`,
		...table(header, rows, [false, false, true, true, false]),
		`Total params: ${n(s.totalParams)}`,
		`Trainable params: ${n(s.trainableParams)}`,
		`Non-trainable params: ${n(s.nonTrainableParams)}`,
		`Total MACs: ${n(s.macs)} (${formatNumber(s.macs / 1e9, lang, { maximumFractionDigits: 2 })} G)`,
	].join('\n');
}

const LABELS: Record<MemoryItemKey, string> = {
	weights: 'Weights',
	gradients: 'Gradients',
	optimizerState: 'Optimizer state',
	activations: 'Activations kept for backward',
	inputBatch: 'Input batch',
	inferencePeak: 'Inference activation peak',
};

function printMemory(name: string, r: MemoryReport, lang: Lang): string {
	const n = (value: number) => formatNumber(value, lang);
	const unit = (value: number) =>
		formatNumber(value, lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
	const o = r.options;
	const precision = o.mixedPrecision
		? 'mixed precision'
		: `${o.dtype} (${r.bytesPerValue} bytes per value)`;
	const row = (label: string, bytes: number, note = '') => [
		label,
		n(bytes),
		unit(toMB(bytes)),
		unit(toMiB(bytes)),
		note,
	];
	const rows = r.items.map((item) =>
		row(LABELS[item.key], item.bytes, item.counted ? '' : '(not counted)'),
	);
	rows.push(row('Total', r.total));
	const notes = [`Inference peak reached while computing ${r.peakLayer}.`];
	if (o.checkpointing && o.mode === 'training') {
		notes.push(
			`Checkpointing keeps ${n(r.checkpoints)} layer outputs; recomputing the others costs ${n(r.recomputeMacs)} MACs per example (at most one more forward pass).`,
		);
	}
	return [
		`Memory for "${name}": ${o.mode}, batch ${n(o.batch)}, ${precision}, optimizer ${o.optimizer}`,
		...table(['Item', 'Bytes', 'MB', 'MiB', ''], rows, [false, true, true, true, false]),
		...notes,
	].join('\n');
}

function memoryOptions(values: Values): MemoryOptions {
	if (values.batch === undefined) throw new UsageError('memory needs --batch N');
	if (values.dtype === undefined)
		throw new UsageError('memory needs --dtype float32|float16|bfloat16|int8');
	if (values.gradients && values['no-gradients']) {
		throw new UsageError('give either --gradients or --no-gradients, not both');
	}
	const batch = /^\d+$/.test(values.batch) ? Number(values.batch) : values.batch;
	return {
		batch: batch as number,
		dtype: values.dtype as MemoryOptions['dtype'],
		mode: values.mode as MemoryOptions['mode'],
		optimizer: values.optimizer as MemoryOptions['optimizer'],
		gradients: values.gradients ? true : values['no-gradients'] ? false : undefined,
		checkpointing: values.checkpointing ?? false,
		mixedPrecision: values['mixed-precision'] ?? false,
	};
}

/** Runs one command and returns what to print on stdout. */
async function run(args: readonly string[]): Promise<string> {
	const { values, positionals } = parseArgs({
		args: [...args],
		options: OPTIONS,
		allowPositionals: true,
	});
	if (values.help || positionals.length === 0) return USAGE;
	const lang = requestedLang(args);
	if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') {
		throw new UsageError(`--lang must be "en" or "id", not "${values.lang}"`);
	}
	const [command, ...extra] = positionals;
	if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
	switch (command) {
		case 'presets': {
			if (values.json) {
				return JSON.stringify(
					PRESETS.map(({ load: _load, ...info }) => info),
					null,
					2,
				);
			}
			const rows = PRESETS.map((p) => [
				p.id,
				p.name,
				p.input.join('×'),
				p.convention,
				formatNumber(p.params, lang),
			]);
			return table(['ID', 'Name', 'Input', 'Convention', 'Params'], rows, [
				false,
				false,
				false,
				false,
				true,
			])
				.slice(1, -1)
				.join('\n');
		}
		case 'summary': {
			const s = summary(parseModel(await loadModel(values)));
			if (!values.json) return printSummary(s, lang);
			return JSON.stringify(
				{
					totalParams: s.totalParams,
					trainableParams: s.trainableParams,
					nonTrainableParams: s.nonTrainableParams,
					macs: s.macs,
					layers: s.layers.map((l) => ({
						name: l.name,
						type: l.type,
						outputShape: l.outputShape,
						params: l.params,
						macs: l.macs,
					})),
				},
				null,
				2,
			);
		}
		case 'memory': {
			const options = memoryOptions(values);
			const s = summary(parseModel(await loadModel(values)));
			const r = memory(s, options);
			if (!values.json) return printMemory(s.name, r, lang);
			const keys = [
				'weights',
				'gradients',
				'optimizerState',
				'activations',
				'inputBatch',
				'inferencePeak',
				'total',
			] as const;
			const inUnit = (convert: (bytes: number) => number) =>
				Object.fromEntries(keys.map((key) => [key, convert(r[key])]));
			return JSON.stringify({ ...r, mb: inUnit(toMB), mib: inUnit(toMiB) }, null, 2);
		}
		default:
			throw new UsageError(
				`unknown command "${command}"; use summary, memory or presets (see --help)`,
			);
	}
}

/** One readable line per failure, in the requested language where the engine provides one. */
function describe(error: unknown, lang: Lang): string {
	if (error instanceof CnnError) return error.describe(lang);
	if (error instanceof Error) return error.message;
	return String(error);
}

/** The language asked for, read leniently so that even an argument error can honour it. */
function requestedLang(args: readonly string[]): Lang {
	const i = args.indexOf('--lang');
	return args[i + 1] === 'id' || args.includes('--lang=id') ? 'id' : 'en';
}

const args = process.argv.slice(2);
try {
	process.stdout.write(`${await run(args)}\n`);
} catch (error) {
	process.stderr.write(`error: ${describe(error, requestedLang(args)).split('\n')[0]}\n`);
	process.exitCode = 1;
}
