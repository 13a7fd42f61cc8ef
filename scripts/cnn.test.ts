import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const CLI = join(import.meta.dirname, 'cnn.ts');
const dir = mkdtempSync(join(tmpdir(), 'cnn-cli-'));

/** Runs the command line with the Node binary running the tests (Node 24 strips types itself). */
function cnn(...args: string[]) {
	const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
}

/** An error is one line on stderr, nothing on stdout, exit code 1, and no stack trace. */
function expectOneLineError(result: ReturnType<typeof cnn>, text: string | RegExp) {
	expect(result.code).toBe(1);
	expect(result.stdout).toBe('');
	expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	expect(result.stderr).toMatch(text);
	expect(result.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
}

describe('cnn summary', () => {
	test('prints a Keras-style table with totals', () => {
		const result = cnn('summary', '--preset', 'exercise2');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('conv2d_1 (conv2d)');
		expect(result.stdout).toContain('(None, 25, 38, 400)');
		expect(result.stdout).toContain('Total params: 903,400');
		expect(result.stdout).toContain('Non-trainable params: 0');
	});

	test('--json prints exactly the documented keys', () => {
		const result = cnn('summary', '--preset', 'exercise2', '--json');
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout) as { totalParams: number; layers: unknown[] };
		expect(Object.keys(json)).toEqual([
			'totalParams',
			'trainableParams',
			'nonTrainableParams',
			'macs',
			'layers',
		]);
		expect(json.totalParams).toBe(903_400);
		expect(json.layers[0]).toEqual({
			name: 'conv2d',
			type: 'conv2d',
			outputShape: [100, 150, 100],
			params: 2800,
			macs: 40_500_000,
		});
	});

	test('reads a model file and shows branches in a "Connected to" column', () => {
		const path = file(
			'residual.json',
			JSON.stringify({
				input: [8, 8, 4],
				layers: [
					{ type: 'conv2d', filters: 4, kernel: 3, padding: 'same' },
					{ type: 'add', inputs: ['conv2d', 'input'] },
				],
			}),
		);
		const result = cnn('summary', '--model', path);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/Connected to/);
		expect(result.stdout).toMatch(/add \(add\).*conv2d, input/);
	});

	test('--lang id formats numbers the Indonesian way', () => {
		expect(cnn('summary', '--preset', 'exercise2', '--lang', 'id').stdout).toContain(
			'Total params: 903.400',
		);
	});
});

describe('cnn memory', () => {
	/** Exercise 2 trained in float32 with a batch of 50: the case the chapter works through. */
	const TRAIN_EXERCISE2 = [
		'memory',
		'--preset',
		'exercise2',
		'--batch',
		'50',
		'--dtype',
		'float32',
		'--mode',
		'training',
	];

	test('training exercise 2 with a batch of 50 comes to 565,613,600 bytes', () => {
		const result = cnn(...TRAIN_EXERCISE2, '--json');
		expect(result.code).toBe(0);
		const json = JSON.parse(result.stdout) as {
			total: number;
			mb: { total: number };
			mib: { total: number };
		};
		expect(json.total).toBe(565_613_600);
		expect(json.mb.total).toBeCloseTo(565.6136, 4);
		expect(json.mib.total).toBeCloseTo(565_613_600 / 2 ** 20, 6);
	});

	test('inference prints the breakdown with MB and MiB', () => {
		const result = cnn('memory', '--preset', 'exercise2', '--batch', '1', '--dtype', 'float32');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/Inference activation peak\s+9,000,000\s+9\.0\s+8\.6/);
		expect(result.stdout).toMatch(/Total\s+12,613,600\s+12\.6\s+12\.0/);
	});

	test('adam adds its optimizer state and the gradients', () => {
		const result = cnn(...TRAIN_EXERCISE2, '--optimizer', 'adam', '--json');
		expect((JSON.parse(result.stdout) as { total: number }).total).toBe(
			565_613_600 + 3_613_600 + 7_227_200,
		);
	});

	test('a missing --batch is a usage error', () => {
		expectOneLineError(cnn('memory', '--preset', 'exercise2', '--dtype', 'float32'), /--batch/);
	});

	test('a bad --batch is reported by the engine', () => {
		expectOneLineError(
			cnn('memory', '--preset', 'exercise2', '--batch', 'ten', '--dtype', 'float32'),
			'error: "batch" must be a positive integer',
		);
	});

	test('an unknown dtype lists the known ones', () => {
		expectOneLineError(
			cnn('memory', '--preset', 'exercise2', '--batch', '1', '--dtype', 'fp32'),
			/"dtype" must be one of "float32", "float16", "bfloat16", "int8"/,
		);
	});
});

describe('cnn presets', () => {
	test('lists every preset ID', () => {
		const result = cnn('presets');
		expect(result.code).toBe(0);
		for (const id of [
			'exercise2',
			'lenet5',
			'alexnet',
			'vgg16',
			'googlenet',
			'resnet50',
			'resnet50-keras',
			'se-resnet50',
			'xception',
		]) {
			expect(result.stdout).toMatch(new RegExp(`^ ${id} `, 'm'));
		}
	});

	test('--json lists them as data', () => {
		const json = JSON.parse(cnn('presets', '--json').stdout) as { id: string }[];
		expect(json.map((p) => p.id)).toContain('se-resnet50');
	});
});

describe('errors: exit code 1, one readable line on stderr, no stack trace', () => {
	test('a missing file', () => {
		expectOneLineError(
			cnn('summary', '--model', join(dir, 'nope.json')),
			/cannot read model file ".*nope\.json": no such file/,
		);
	});

	test('bad JSON', () => {
		expectOneLineError(
			cnn('summary', '--model', file('bad.json', '{ "input": [28, 28')),
			/not valid JSON \(.*bad\.json: /,
		);
	});

	test('an unknown preset', () => {
		expectOneLineError(
			cnn('summary', '--preset', 'resnet51'),
			'error: unknown preset "resnet51"; known presets: exercise2,',
		);
	});

	test('an invalid model, described for a student', () => {
		const path = file(
			'big-kernel.json',
			JSON.stringify({ input: [3, 3, 1], layers: [{ type: 'conv2d', filters: 1, kernel: 5 }] }),
		);
		expectOneLineError(
			cnn('summary', '--model', path),
			'error: Layer 1 (conv2d): the kernel (5×5) is larger than its padded input (3×3).\n',
		);
	});

	test('an invalid model, in Indonesian', () => {
		const path = file(
			'unknown-type.json',
			JSON.stringify({ input: [4], layers: [{ type: 'Dense', units: 2 }] }),
		);
		expectOneLineError(
			cnn('summary', '--model', path, '--lang', 'id'),
			/^error: Layer 1: "Dense" bukan jenis layer/,
		);
	});

	test('an unknown option or command', () => {
		expectOneLineError(
			cnn('summary', '--preset', 'exercise2', '--verbose'),
			/Unknown option '--verbose'/,
		);
		expectOneLineError(cnn('summarise'), /unknown command "summarise"/);
	});

	test('no model at all', () => {
		expectOneLineError(cnn('summary'), /--preset ID or --model FILE\.json/);
	});
});

test('--help prints the usage and exits 0', () => {
	const result = cnn('--help');
	expect(result.code).toBe(0);
	expect(result.stdout).toMatch(/^Usage: npm run cnn -- <command>/);
	expect(result.stdout).toContain('--optimizer none|sgd|momentum|adam');
});
