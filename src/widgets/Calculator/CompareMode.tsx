import '../shared/widget.css';
import './Calculator.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { NumberRule } from '../../lib/i18n/number-input.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import type { CompareFigures, ComparePoint } from './compare.ts';
import { DEFAULT_COMPARE, type CompareState } from './compare-state.ts';
import { CopyLink, LinkNotice } from './CopyLink.tsx';
import { RULES } from './rules.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { CompareStrings } from './strings.ts';
import { useLinkState } from './useLinkState.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { SvgFrame, points as polyline } from '../shared/SvgFrame.tsx';
import { useOnDemand } from '../shared/useOnDemand.ts';

const ID = 'calc-cmp';

/** The link codec, loaded when a link is read or written. */
const loadCodec = () => import('./compare-link.ts').then((m) => m.codec);

/** A number field with a native slider for the same value; the field accepts more than the slider. */
function SliderField(props: {
	id: string;
	label: string;
	value: number;
	rule: NumberRule;
	sliderMax: number;
	lang: Lang;
	t: CompareStrings;
	onValue: (value: number) => void;
	onValidity: (bad: boolean) => void;
}) {
	const { id, label, value, sliderMax } = props;
	return (
		<div class="calc-slider">
			<NumberField
				id={id}
				label={label}
				value={value}
				rule={props.rule}
				lang={props.lang}
				onValue={props.onValue}
				onValidity={props.onValidity}
			/>
			<input
				type="range"
				id={`${id}-range`}
				min={1}
				max={sliderMax}
				step={1}
				value={Math.min(value, sliderMax)}
				aria-label={fill(props.t.slider, { label })}
				onInput={(e) => props.onValue(Number(e.currentTarget.value))}
			/>
		</div>
	);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 10 to a power, written as 10⁶: short, and the same in both languages. */
function power(k: number): string {
	return `10${String(k)
		.split('')
		.map((d) => SUPERSCRIPT[Number(d)])
		.join('')}`;
}

/**
 * The growth chart: parameter counts of both layers at each image size, on a logarithmic axis so
 * that a count growing ×4 per doubling of the sides is a straight line and the flat convolution
 * stays visible. The same numbers are in the table after it.
 */
function GrowthChart({
	t,
	lang,
	points,
}: {
	t: CompareStrings;
	lang: Lang;
	points: readonly ComparePoint[];
}) {
	const W = 320;
	const H = 210;
	const left = 34;
	const right = 22;
	const top = 14;
	const bottom = 48;
	const counts = points.flatMap((p) => [p.dense, p.conv]).filter((v) => v > 0);
	const values = counts.length > 0 ? counts : [1, 10];
	const lo = Math.floor(Math.log10(Math.min(...values)));
	const hi = Math.max(Math.ceil(Math.log10(Math.max(...values, 10))), lo + 1);
	const x = (i: number) => left + ((W - left - right) * i) / Math.max(points.length - 1, 1);
	const y = (v: number) =>
		top + (H - top - bottom) * (1 - (Math.log10(Math.max(v, 1)) - lo) / (hi - lo));
	const step = Math.ceil((hi - lo) / 6);
	const ticks: number[] = [];
	for (let k = lo; k <= hi; k += step) ticks.push(k);
	const line = (key: 'dense' | 'conv') =>
		polyline(points.map((p, i) => [x(i), y(p[key])] as const));
	const final = points.at(-1);
	return (
		<figure class="calc-figure">
			<SvgFrame
				id={`${ID}-chart`}
				class="calc-chart"
				title={t.growthTitle}
				desc={t.growthDesc}
				width={W}
				height={H}
				fluid={false}
			>
				{ticks.map((k) => (
					<g key={k}>
						<line class="calc-grid" x1={left} x2={W - right} y1={y(10 ** k)} y2={y(10 ** k)} />
						<text class="calc-tick" x={left - 4} y={y(10 ** k) + 3} text-anchor="end">
							{power(k)}
						</text>
					</g>
				))}
				{points.map((p, i) => (
					<text key={i} class="calc-tick" x={x(i)} y={H - bottom + 14} text-anchor="middle">
						<tspan x={x(i)}>{p.h}×</tspan>
						<tspan x={x(i)} dy={11}>
							{p.w}
						</tspan>
					</text>
				))}
				<text class="calc-tick" x={(W + left) / 2} y={H - 4} text-anchor="middle">
					{t.imageSize} (H×W) · {t.logScale}
				</text>
				{(['dense', 'conv'] as const).map((key) => (
					<g key={key} class={`calc-series calc-series--${key}`}>
						<polyline points={line(key)} />
						{points.map((p, i) => (
							<circle key={i} cx={x(i)} cy={y(p[key])} r={p.current ? 5 : 3} />
						))}
						{final && (
							<text
								class="calc-label"
								x={x(points.length - 1)}
								y={y(final[key]) + (key === 'dense' ? 14 : -8)}
								text-anchor="end"
							>
								{key === 'dense' ? t.dense : t.conv}
							</text>
						)}
					</g>
				))}
			</SvgFrame>
			<ScrollRegion class="calc-scroll" label={t.growthTitle}>
				<table>
					<caption>{t.growthTitle}</caption>
					<thead>
						<tr>
							<th scope="col">{t.imageSize}</th>
							<th scope="col">{t.dense}</th>
							<th scope="col">{t.conv}</th>
						</tr>
					</thead>
					<tbody>
						{points.map((p, i) => (
							<tr key={i} class={p.current ? 'calc-current' : undefined}>
								<th scope="row">
									{p.h}×{p.w} {p.current ? t.current : ''}
								</th>
								<td class="calc-num">{formatNumber(p.dense, lang)}</td>
								<td class="calc-num">{formatNumber(p.conv, lang)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</ScrollRegion>
		</figure>
	);
}

/** Props of {@link CompareMode}. */
interface CompareModeProps {
	lang: Lang;
	t: CompareStrings;
	/** The figures of the default state, computed by the engine at build time. */
	initial: Extract<CompareFigures, { ok: true }>;
}

/**
 * Question 1's compact mode: one dense layer and one convolution on the same image, with sliders
 * for the image size and the layer sizes, the engine's counts and working, and a chart of how
 * each grows with the image. It shows the build-time figures until the reader (or a link) changes
 * the state; the engine loads when the reader first focuses or touches the widget.
 */
export default function CompareMode({ lang, t, initial }: CompareModeProps) {
	const { state, update, refusal, link } = useLinkState<CompareState>(DEFAULT_COMPARE, loadCodec);
	const [engine, load] = useOnDemand(() => import('./compare.ts'));
	const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
	useEffect(() => {
		if (state !== DEFAULT_COMPARE) void load();
	}, [state, load]);
	const result: CompareFigures | undefined = engine
		? engine.compareFigures(state, lang)
		: state === DEFAULT_COMPARE
			? initial
			: undefined;
	const last = useRef(initial);
	if (result?.ok) last.current = result;
	const shown = last.current;
	// Between a change and the engine's arrival the figures fade, without the note about bad entries.
	const waiting = result === undefined;
	const stale = waiting || !result.ok || invalid.size > 0;
	const set = (key: keyof CompareState) => (value: number) =>
		update((s) => ({ ...s, [key]: value }));
	const validity = (id: string) => (bad: boolean) =>
		setInvalid((prev) => {
			if (prev.has(id) === bad) return prev;
			const next = new Set(prev);
			if (bad) next.add(id);
			else next.delete(id);
			return next;
		});
	const field = (key: keyof CompareState, label: string, rule: NumberRule, sliderMax?: number) => {
		const id = `${ID}-${key}`;
		const common = {
			id,
			label,
			value: state[key],
			rule,
			lang,
			onValue: set(key),
			onValidity: validity(id),
		};
		return sliderMax ? (
			<SliderField key={key} {...common} sliderMax={sliderMax} t={t} />
		) : (
			<NumberField key={key} {...common} />
		);
	};
	const { dense, conv } = shown;
	const ratio = dense.params / conv.params;
	return (
		<div
			class="cnn-widget calc not-content"
			data-calc="compare"
			onFocusIn={() => void load()}
			onPointerDown={() => void load()}
		>
			<LinkNotice t={t} reason={refusal?.(t, lang)} />
			<h4>{t.compareTitle}</h4>
			<div class="calc-fields calc-sliders">
				{field('h', t.imageH, RULES.size, 1024)}
				{field('w', t.imageW, RULES.size, 1024)}
				{field('c', t.channels, RULES.channels)}
				{field('units', t.units, RULES.count, 1000)}
				{field('filters', t.filters, RULES.count, 512)}
				{field('kernel', t.kernelSize, RULES.window)}
			</div>
			{result?.ok === false && (
				<p class="calc-error" role="alert">
					{result.message}
				</p>
			)}
			{stale && !waiting && <p class="calc-stale-note">{t.stale}</p>}
			<div class={stale ? 'cnn-stale' : undefined}>
				<ScrollRegion class="calc-scroll" label={t.params}>
					<table>
						<thead>
							<tr>
								<th scope="col">{t.colLayer}</th>
								<th scope="col">{t.working}</th>
								<th scope="col">{t.params}</th>
							</tr>
						</thead>
						<tbody>
							<tr>
								<th scope="row">{t.dense}</th>
								<td>
									<code>{dense.working}</code>
								</td>
								<td class="calc-num" data-testid="dense-params">
									{formatNumber(dense.params, lang)}
								</td>
							</tr>
							<tr>
								<th scope="row">{t.conv}</th>
								<td>
									<code>{conv.working}</code>
								</td>
								<td class="calc-num" data-testid="conv-params">
									{formatNumber(conv.params, lang)}
								</td>
							</tr>
						</tbody>
					</table>
				</ScrollRegion>
				<p class="calc-total">
					{fill(t.ratio, {
						x: formatNumber(ratio, lang, { maximumFractionDigits: ratio < 10 ? 1 : 0 }),
					})}
				</p>
				<GrowthChart t={t} lang={lang} points={shown.points} />
			</div>
			<div class="calc-fields">
				<CopyLink t={t} link={link} />
			</div>
			<LiveRegion>
				{stale
					? ''
					: `${t.dense}: ${formatNumber(dense.params, lang)}; ${t.conv}: ${formatNumber(conv.params, lang)}.`}
			</LiveRegion>
		</div>
	);
}
