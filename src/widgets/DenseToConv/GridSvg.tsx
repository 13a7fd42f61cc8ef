import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { SvgFrame } from '../shared/SvgFrame.tsx';
import { gridLayout } from './figure.ts';
import { TRAIN_SIZE } from './settings.ts';
import type { ConverterStrings } from './strings.ts';
import type { ConverterView } from './view.ts';

/** A rectangle of the figure (the image, a window, the output grid) drawn where its box says. */
function Rect(props: { box: { x: number; y: number; w: number; h: number }; class: string }) {
	const { x, y, w, h } = props.box;
	return <rect x={x} y={y} width={w} height={h} class={props.class} />;
}

/**
 * The input image with the 224-pixel window one prediction sees, the next window a stride
 * further, a dot per prediction, and the output grid they form.
 */
export function GridSvg(props: { view: ConverterView; t: ConverterStrings; lang: Lang }) {
	const { view: v, t, lang } = props;
	const n = (value: number) => formatNumber(value, lang);
	const [gh, gw, classes] = v.output;
	const sizeText = `${n(v.size)}×${n(v.size)}`;
	const gridText = `${n(gh)}×${n(gw)}×${n(classes)}`;
	const labels = [
		fill(t.inputLabel, { size: sizeText }),
		fill(t.outputLabel, { shape: gridText }),
		fill(t.windowLegend, { w: `${n(TRAIN_SIZE)}×${n(TRAIN_SIZE)}` }),
		fill(t.stepLegend, { s: n(v.stride) }),
	];
	const g = gridLayout(v.size, TRAIN_SIZE, v.stride, gh, labels);
	const o = g.output;
	return (
		<SvgFrame
			id="d2c-grid"
			title={t.gridTitle}
			desc={fill(t.gridDesc, { size: sizeText, grid: gridText })}
			width={g.width}
			height={g.height}
		>
			<text x={g.image.x} y={g.labelY} class="dg-strong">
				{labels[0]}
			</text>
			<text x={o.x} y={g.labelY} class="dg-strong">
				{labels[1]}
			</text>
			<Rect box={g.image} class="dg-box cnn-kind-input" />
			{g.next && <Rect box={g.next} class="d2c-window d2c-next" />}
			<Rect box={g.window} class="d2c-window" />
			{g.centres.map(([x, y], i) => (
				<circle key={i} cx={x} cy={y} r={g.dot} class="d2c-dot" />
			))}
			<Rect box={o} class="dg-box cnn-kind-conv" />
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
		</SvgFrame>
	);
}
