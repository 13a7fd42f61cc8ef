import type { Lang } from '../../i18n/lang.ts';
import { isFeatureMap, type LayerSummary, type Shape, type Summary } from '../../cnn/index.ts';

/**
 * Shared pieces of the question pages' code snippets: the type they return, their bilingual
 * comments, and the exact text Python, NumPy, Keras and PyTorch print for a number or a shape.
 * Every figure a snippet states as output goes through one of these printers, so the comment
 * under a `print(...)` reads exactly like what a student will see when running it, while the
 * figure itself always comes from the engine.
 */

/** One question's code: the same computation in Keras and in PyTorch. */
export interface Snippets {
	readonly keras: string;
	readonly pytorch: string;
}

/** A comment's text in both languages; the code around it is the same in both. */
export type Bilingual = Readonly<Record<Lang, string>>;

/**
 * Picks the comments of one language. Snippets translate their comments only: the code and the
 * printed output stay identical, which the tests check by stripping the comments.
 */
export function commentsIn(lang: Lang): (text: Bilingual) => string {
	return (text) => text[lang];
}

/** The row of a one-layer model's summary: the layer a snippet prints the shape and count of. */
export function onlyRow(s: Summary): LayerSummary {
	const [row] = s.layers;
	if (row === undefined) throw new Error('a one-layer model gave no summary row');
	return row;
}

/** The row of the layer called `name`: snippets name layers of the presets they print. */
export function rowNamed(s: Summary, name: string): LayerSummary {
	const row = s.layers.find((r) => r.name === name);
	if (row === undefined) throw new Error(`${s.name} has no layer called ${name}`);
	return row;
}

/** Lines of code joined into one snippet, with the final newline Python files end with. */
export function lines(...rows: readonly string[]): string {
	return `${rows.join('\n')}\n`;
}

/**
 * A float as Python's `print` writes it: `526.0`, `3.6136`. JavaScript and Python both print the
 * shortest text that reads back as the same double; they differ only in the trailing `.0` and in
 * when they switch to exponents, so values outside [10⁻⁴, 10¹⁶) are refused rather than guessed.
 */
export function pyFloat(value: number): string {
	const magnitude = Math.abs(value);
	if (!Number.isFinite(value) || (magnitude !== 0 && (magnitude < 1e-4 || magnitude >= 1e16))) {
		throw new RangeError(`pyFloat: ${value} is outside the range written without an exponent`);
	}
	return Number.isInteger(value) ? `${value}.0` : String(value);
}

/** A small float as a Python literal in exponent form, as people write hyperparameters: `1e-4`. */
export function pyExp(value: number): string {
	return value.toExponential().replace('e+', 'e');
}

/** A per-example shape as Keras prints it, batch axis first: `(None, 100, 150, 100)`. */
export function kerasShape(shape: Shape): string {
	return `(${['None', ...shape].join(', ')})`;
}

/** A shape as PyTorch orders it: channels first for a feature map (N, C, H, W). */
function channelsFirst(batch: number, shape: Shape): number[] {
	if (!isFeatureMap(shape)) return [batch, ...shape];
	const [h, w, c] = shape;
	return [batch, c, h, w];
}

/** A batch of this shape as `print(tensor.shape)` writes it in PyTorch: `torch.Size([1, 21, 224, 224])`. */
export function torchSize(batch: number, shape: Shape): string {
	return `torch.Size([${channelsFirst(batch, shape).join(', ')}])`;
}

/** A batch of this shape as a Python tuple, channels first: `(50, 100, 100, 150)`. */
export function torchTuple(batch: number, shape: Shape): string {
	return `(${channelsFirst(batch, shape).join(', ')})`;
}

/** A concrete (channels-last) tensor shape as TensorFlow prints it: `(1, 8, 8, 1000)`. */
export function tfShape(batch: number, shape: Shape): string {
	return `(${[batch, ...shape].join(', ')})`;
}

/**
 * A 1-D float array rounded to `decimals`, as NumPy prints it by default (`floatmode="maxprec"`):
 * each value with at most that many decimals, trailing zeros dropped, padded so the decimal points
 * line up: `[ 5.17  5.14 51.15]`.
 */
export function numpyRow(values: readonly number[], decimals: number): string {
	const parts = values.map((v) => {
		const [int = '', frac = ''] = v.toFixed(decimals).split('.');
		return { int, frac: frac.replace(/0+$/, '') };
	});
	const intWidth = Math.max(...parts.map((p) => p.int.length));
	const fracWidth = Math.max(...parts.map((p) => p.frac.length));
	const cells = parts.map((p) => `${p.int.padStart(intWidth)}.${p.frac.padEnd(fracWidth)}`);
	return `[${cells.join(' ')}]`;
}
