import type { LayerSummary, Shape, Summary } from '../../lib/cnn/index.ts';
import { layerRow } from '../../lib/cnn/read.ts';
import { defined } from '../../lib/defined.ts';
import { WEIGHTED } from '../../lib/diagram/depth.ts';
import { layerKind, type LayerKind } from '../../lib/diagram/layer-kind.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { opLabel, paramsText, shapeText, tagsText } from './labels.ts';
import type { ExplorerStrings } from './strings.ts';

/**
 * The boxes the explorer draws, as plain data: each with its text lines, the engine rows it stands
 * for, its count and the working behind it. The figure modules place them; the Preact components
 * only turn them into SVG.
 */

/** Font size of diagram text, in SVG user units (pixels at scale 1). */
export const FONT = 12;
/** Distance between the baselines of a box's lines: room for the glyphs without overlap. */
export const LINE = 15;

/** One box of a diagram. */
export interface BoxInfo {
	readonly id: string;
	readonly title: string;
	readonly lines: readonly string[];
	/** What it does, in words: `3×3 conv, 64 · BN · ReLU`, or `33 layers` for a stage. */
	readonly op: string;
	readonly rows: readonly LayerSummary[];
	readonly params: number;
	readonly shape: Shape;
	/** Convolutions and dense layers: drawn in the accent colour. */
	readonly weighted: boolean;
	readonly kind: 'input' | 'layer' | 'group';
	/** The colour family of its main layer (the shared layer colours); none for a stage. */
	readonly colour: LayerKind | undefined;
	/** The parameter arithmetic, one line per part. */
	readonly working: readonly string[];
}

/**
 * The arithmetic behind a summary row's count, in a language: the engine's `working`, or its
 * table computed at build time (`workingTable`), so the page draws the default network before,
 * or without, loading the engine.
 */
export type Working = (row: LayerSummary, lang: Lang) => string;

/** The box of the model input: its shape, no parameters. */
export function inputBox(s: Summary, lang: Lang, words: ExplorerStrings): BoxInfo {
	const t = words.op.input;
	const shape = shapeText(s.inputShape, lang);
	return {
		id: 'input',
		title: t,
		lines: [t, '', shape, ''],
		op: '',
		rows: [],
		params: 0,
		shape: s.inputShape,
		weighted: false,
		kind: 'input',
		colour: 'input',
		working: [],
	};
}

/** The parameter arithmetic of a layer box: the engine's working for each part with weights. */
function layerWorking(
	rows: readonly LayerSummary[],
	lang: Lang,
	t: ExplorerStrings,
	working: Working,
): string[] {
	const parts = rows.filter((row) => row.params > 0);
	if (parts.length <= 1) return parts.map((row) => working(row, lang));
	return parts.map((row) => `${opLabel(row.layer, lang, t.op)}: ${working(row, lang)}`);
}

/** A layer box: the main layer and the layers folded into it, with their summed count. */
export function layerBox(
	s: Summary,
	indices: readonly number[],
	lang: Lang,
	t: ExplorerStrings,
	working: Working,
): BoxInfo {
	const rows = indices.map((i) => layerRow(s, i));
	const main = defined(rows[0], `a box of ${s.name} with no layer`);
	const params = rows.reduce((sum, row) => sum + row.params, 0);
	const shape = (rows.at(-1) ?? main).outputShape;
	const op = opLabel(main.layer, lang, t.op);
	const tags = tagsText(rows, t.op);
	return {
		id: main.name,
		title: main.name,
		lines: [op, tags, shapeText(shape, lang), params > 0 ? paramsText(params, lang, t) : ''],
		op: tags ? `${op} · ${tags}` : op,
		rows,
		params,
		shape,
		weighted: WEIGHTED.has(main.type),
		kind: 'layer',
		colour: layerKind(main.type),
		working: layerWorking(rows, lang, t, working),
	};
}

/** Drops the tags line when no box has tags, so a plain chain is not taller than it must be. */
export function trimTags(boxes: BoxInfo[]): BoxInfo[] {
	if (boxes.some((b) => b.lines[1])) return boxes;
	return boxes.map((b) => ({ ...b, lines: b.lines.filter((_, i) => i !== 1) }));
}
