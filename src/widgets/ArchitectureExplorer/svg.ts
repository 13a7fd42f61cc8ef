import type { RefObject } from 'preact';
import { LAYER_KINDS, kindClass, type LayerKind } from '../../lib/diagram/layer-kind.ts';
import type { BoxInfo } from './boxes.ts';
import type { ExplorerStrings } from './strings.ts';

/**
 * Small helpers shared by the two diagram components: how a box is named for screen readers and
 * how keyboard focus moves between boxes.
 */

/** What a screen reader announces when a box gets focus: the box's text, count and working. */
export function boxLabel(box: BoxInfo, t: ExplorerStrings): string {
	// The visible text comes first, word for word, as a spoken name must contain what is seen.
	const text = box.lines.filter(Boolean).join(' ');
	const name = box.lines.includes(box.title) ? '' : ` (${box.title})`;
	const working = box.working.length > 0 ? `; ${t.working}: ${box.working.join('; ')}` : '';
	return `${text}${name}${working}`;
}

/** The class that colours a box by its layer family (none for a stage): ` cnn-kind-conv`. */
export function boxClass(box: BoxInfo): string {
	return box.colour ? ` ${kindClass(box.colour)}` : '';
}

/** The colour families a figure's boxes use, in legend order: what its legend lists. */
export function legendKinds(boxes: readonly BoxInfo[]): LayerKind[] {
	return LAYER_KINDS.filter((kind) => boxes.some((box) => box.colour === kind));
}

/** Moves keyboard focus to the box with `data-k` = `index` in `svg`. */
export function focusKey(svg: SVGSVGElement | null, index: number): void {
	const target = svg?.querySelector<SVGGElement>(`[data-k="${index}"]`);
	target?.focus();
}

/** The props both diagram components take: their accessible name, ids, words and focus state. */
export interface DiagramProps {
	title: string;
	desc: string;
	/** Prefix of the ids of `<title>`, `<desc>` and the arrow markers; unique on the page. */
	idBase: string;
	/** The page language's words, for the boxes' spoken labels. */
	t: ExplorerStrings;
	/** Key of the box whose details are shown. */
	active: string | undefined;
	onActive: (key: string, box: BoxInfo) => void;
	svgRef: RefObject<SVGSVGElement>;
}
