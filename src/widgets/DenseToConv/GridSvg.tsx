import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { TRAIN_SIZE, type Conversion } from './conversion.ts';
import { gridLayout } from './figure.ts';
import { svgStyle } from '../../lib/diagram/scale.ts';
import { STRINGS } from './strings.ts';

/**
 * The input image with the 224-pixel window one prediction sees, the next window a stride
 * further, a dot per prediction, and the output grid they form.
 */
export function GridSvg(props: { conversion: Conversion; lang: Lang }) {
	const { conversion: c, lang } = props;
	const t = STRINGS[lang];
	const n = (v: number) => formatNumber(v, lang);
	const [gh, gw, classes] = c.output;
	const sizeText = `${n(c.size)}×${n(c.size)}`;
	const gridText = `${n(gh!)}×${n(gw!)}×${n(classes!)}`;
	const labels = [
		t.inputLabel(sizeText),
		t.outputLabel(gridText),
		t.windowLegend(`${n(TRAIN_SIZE)}×${n(TRAIN_SIZE)}`),
		t.stepLegend(n(c.stride)),
	];
	const g = gridLayout(c.size, TRAIN_SIZE, c.stride, gh!, labels);
	const o = g.output;
	return (
		<svg
			class="dg-svg"
			role="img"
			aria-labelledby="d2c-grid-title"
			aria-describedby="d2c-grid-desc"
			viewBox={`0 0 ${g.width} ${g.height}`}
			width={g.width}
			height={g.height}
			style={svgStyle(g.width)}
		>
			<title id="d2c-grid-title">{t.gridTitle}</title>
			<desc id="d2c-grid-desc">{t.gridDesc(sizeText, gridText)}</desc>
			<text x={g.image.x} y={g.labelY} class="dg-strong">
				{labels[0]}
			</text>
			<text x={o.x} y={g.labelY} class="dg-strong">
				{labels[1]}
			</text>
			<rect x={g.image.x} y={g.image.y} width={g.image.w} height={g.image.h} class="dg-box" />
			{g.next && (
				<rect
					x={g.next.x}
					y={g.next.y}
					width={g.next.w}
					height={g.next.h}
					class="d2c-window d2c-next"
				/>
			)}
			<rect
				x={g.window.x}
				y={g.window.y}
				width={g.window.w}
				height={g.window.h}
				class="d2c-window"
			/>
			{g.centres.map(([x, y], i) => (
				<circle key={i} cx={x} cy={y} r={g.dot} class="d2c-dot" />
			))}
			<rect x={o.x} y={o.y} width={o.w} height={o.h} class="dg-box dg-w" />
			<path
				class="dg-edge"
				d={g.cells
					.slice(1, -1)
					.map((k) => `M${o.x + k},${o.y}V${o.y + o.h}M${o.x},${o.y + k}H${o.x + o.w}`)
					.join('')}
			/>
			<text x={g.image.x} y={g.legendY[0]} class="dg-muted">
				{labels[2]}
			</text>
			{g.next && (
				<text x={g.image.x} y={g.legendY[1]} class="dg-muted">
					{labels[3]}
				</text>
			)}
		</svg>
	);
}
