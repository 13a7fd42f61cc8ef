import type { Shape } from '../../lib/cnn/index.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { kindClass } from '../../lib/diagram/layer-kind.ts';
import { SvgFrame, type ArrowMarker } from '../shared/SvgFrame.tsx';
import { FONT, LINE, headLayout, type Cell } from './figure.ts';
import { TRAIN_SIZE } from './settings.ts';
import type { ConverterStrings } from './strings.ts';
import type { ConverterView } from './view.ts';

/** The one arrowhead of the figure's edges: `url(#d2c-head-arrow)`. */
const ARROWS: readonly ArrowMarker[] = [{ suffix: 'arrow', class: 'dg-arrow' }];

/**
 * The dense head (left, on a 224×224 image) beside the convolutional head (right, on the chosen
 * size), box by box with shapes and counts and an "=" between layers with the same count.
 */
export function HeadSvg(props: { view: ConverterView; t: ConverterStrings; lang: Lang }) {
	const { view: v, t, lang } = props;
	const n = (value: number) => formatNumber(value, lang);
	const shape = (s: Shape) => s.map(n).join('×');
	const params = (value: number) => `${n(value)} ${t.paramsUnit}`;
	const left: Cell[] = [
		[t.featureMap, shape(v.featureMap), ''],
		[t.flatten, shape(v.flat), ''],
		...v.layers.map((l) => [
			fill(t.denseOp, { u: n(l.dense.outputShape[0]) }),
			shape(l.dense.outputShape),
			params(l.dense.params),
		]),
	];
	const right: Cell[] = [
		[t.featureMap, shape(v.featureMapAtSize), ''],
		undefined,
		...v.layers.map((l) => [
			fill(t.convOp, {
				k: `${l.conv.kernel[0]}×${l.conv.kernel[1]}`,
				f: n(l.conv.outputShape[2]),
			}),
			shape(l.conv.outputShape),
			params(l.conv.params),
		]),
	];
	const headings: [string, string] = [
		fill(t.denseCol, { size: `${n(TRAIN_SIZE)}×${n(TRAIN_SIZE)}` }),
		fill(t.convCol, { size: `${n(v.size)}×${n(v.size)}` }),
	];
	const layout = headLayout(left, right, headings, [
		false,
		false,
		...v.layers.map((l) => l.dense.params === l.conv.params),
	]);
	const column = (cells: readonly Cell[], boxes: typeof layout.left, side: string) => {
		const placed = boxes.flatMap((b, i) => {
			const cell = cells[i];
			return b && cell ? [{ b, cell, i }] : [];
		});
		return placed.map(({ b, cell, i }, k) => {
			const prev = placed[k - 1]?.b;
			return (
				<g key={`${side}${i}`}>
					{prev && (
						<line
							x1={b.x + b.w / 2}
							x2={b.x + b.w / 2}
							y1={prev.y + prev.h}
							y2={b.y}
							class="dg-edge"
							marker-end="url(#d2c-head-arrow)"
						/>
					)}
					<rect
						x={b.x}
						y={b.y}
						width={b.w}
						height={b.h}
						rx="4"
						class={`dg-box ${kindClass(i === 0 ? 'input' : i === 1 ? 'reshape' : side === 'l' ? 'dense' : 'conv')}`}
					/>
					{cell.map((line, l) => (
						<text
							key={l}
							x={b.x + b.w / 2}
							y={b.y + 5 + LINE * l + FONT}
							text-anchor="middle"
							class={l === 0 ? 'dg-strong' : undefined}
						>
							{line}
						</text>
					))}
				</g>
			);
		});
	};
	return (
		<SvgFrame
			id="d2c-head"
			title={t.headTitle}
			desc={fill(t.headDesc, { fm: shape(v.featureMap), total: n(v.convTotal) })}
			width={layout.width}
			height={layout.height}
			arrows={ARROWS}
		>
			<text x={layout.columnX[0]} y={layout.headingY} class="dg-strong">
				{headings[0]}
			</text>
			<text x={layout.columnX[1]} y={layout.headingY} class="dg-strong">
				{headings[1]}
			</text>
			{column(left, layout.left, 'l')}
			{column(right, layout.right, 'r')}
			{layout.equals.map((e, i) => (
				<text key={i} x={e.x} y={e.y + FONT / 2 - 1} text-anchor="middle" class="dg-strong d2c-eq">
					=
				</text>
			))}
		</SvgFrame>
	);
}
