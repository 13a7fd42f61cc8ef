import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { Shape } from '../../lib/cnn/index.ts';
import type { Conversion } from './conversion.ts';
import { TRAIN_SIZE } from './conversion.ts';
import { FONT, LINE, headLayout, type Cell } from './figure.ts';
import { STRINGS } from './strings.ts';
import { svgStyle } from '../../lib/diagram/scale.ts';

/**
 * The dense head (left, on a 224×224 image) beside the convolutional head (right, on the chosen
 * size), box by box with shapes and counts and an "=" between layers with the same count.
 */
export function HeadSvg(props: { conversion: Conversion; lang: Lang }) {
	const { conversion: c, lang } = props;
	const t = STRINGS[lang];
	const n = (v: number) => formatNumber(v, lang);
	const shape = (s: Shape) => s.map(n).join('×');
	const params = (v: number) => `${n(v)} ${t.paramsUnit}`;
	const flat = c.dense.layers[c.baseLayers]!;
	const left: Cell[] = [
		[t.featureMap, shape(c.featureMap), ''],
		[t.flatten, shape(flat.outputShape), ''],
		...c.pairs.map((p) => [
			t.denseOp(n(p.dense.outputShape[0]!)),
			shape(p.dense.outputShape),
			params(p.dense.params),
		]),
	];
	const right: Cell[] = [
		[t.featureMap, shape(c.featureMapAtSize), ''],
		undefined,
		...c.pairs.map((p) => {
			const layer = p.conv.layer;
			const k = layer.type === 'conv2d' ? `${layer.kernel[0]}×${layer.kernel[1]}` : '';
			return [
				t.convOp(k, n(p.conv.outputShape[2]!)),
				shape(p.conv.outputShape),
				params(p.conv.params),
			];
		}),
	];
	const headings: [string, string] = [
		t.denseCol(`${n(TRAIN_SIZE)}×${n(TRAIN_SIZE)}`),
		t.convCol(`${n(c.size)}×${n(c.size)}`),
	];
	const layout = headLayout(left, right, headings, [
		false,
		false,
		...c.pairs.map((p) => p.dense.params === p.conv.params),
	]);
	const total = c.pairs.reduce((sum, p) => sum + p.conv.params, 0);
	const column = (cells: readonly Cell[], boxes: typeof layout.left, side: string) => {
		const placed = boxes.flatMap((b, i) => (b ? [{ b, cell: cells[i]!, i }] : []));
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
							marker-end="url(#d2c-arrow)"
						/>
					)}
					<rect
						x={b.x}
						y={b.y}
						width={b.w}
						height={b.h}
						rx="4"
						class={i >= 2 ? 'dg-box dg-w' : 'dg-box'}
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
		<svg
			class="dg-svg"
			role="img"
			aria-labelledby="d2c-head-title"
			aria-describedby="d2c-head-desc"
			viewBox={`0 0 ${layout.width} ${layout.height}`}
			width={layout.width}
			height={layout.height}
			style={svgStyle(layout.width)}
		>
			<title id="d2c-head-title">{t.headTitle}</title>
			<desc id="d2c-head-desc">{t.headDesc(shape(c.featureMap), n(total))}</desc>
			<defs>
				<marker
					id="d2c-arrow"
					viewBox="0 0 8 8"
					refX="7"
					refY="4"
					markerWidth="6"
					markerHeight="6"
					orient="auto-start-reverse"
				>
					<path d="M0,0 L8,4 L0,8 z" class="dg-arrow" />
				</marker>
			</defs>
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
		</svg>
	);
}
