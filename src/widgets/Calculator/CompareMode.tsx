import { useMemo, useRef } from 'preact/hooks';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { NumberRule } from '../../lib/i18n/number-input.ts';
import { NumberField } from '../shared/NumberField.tsx';
import type { CompareFigures, ComparePoint } from './compare.ts';
import { DEFAULT_COMPARE, type CompareState } from './compare-state.ts';
import { CopyLink } from './CopyLink.tsx';
import { ModeFrame } from './ModeFrame.tsx';
import { useMode } from './useMode.ts';
import { RULES } from './rules.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { CompareStrings } from './strings.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { SvgFrame, points as polyline } from '../shared/SvgFrame.tsx';

const ID = 'calc-cmp';

/** The engine's calls for this mode, loaded on the reader's first interaction. */
const loadEngine = () => import('./compare.ts');

/** The link codec, loaded when a link is read or written. */
const loadCodec = () => import('./compare-link.ts');

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
			<DataTable
				regionClass="calc-scroll"
				label={t.growthTitle}
				caption={t.growthTitle}
				columns={[t.imageSize, t.dense, t.conv]}
			>
				{points.map((p, i) => (
					<tr key={i} class={p.current ? 'calc-current' : undefined}>
						<th scope="row">
							{p.h}×{p.w} {p.current ? t.current : ''}
						</th>
						<td class="calc-num">{formatNumber(p.dense, lang)}</td>
						<td class="calc-num">{formatNumber(p.conv, lang)}</td>
					</tr>
				))}
			</DataTable>
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
	const { state, update, refusal, link, engine, load, invalid, validity } = useMode<
		CompareState,
		typeof import('./compare.ts')
	>(DEFAULT_COMPARE, loadEngine, loadCodec);
	// The state leaves the default only through `update`, which waits for the engine.
	const result = useMemo(
		() => (engine ? engine.compareFigures(state, lang) : initial),
		[engine, state],
	);
	const last = useRef(initial);
	if (result.ok) last.current = result;
	const shown = last.current;
	const stale = !result.ok || invalid.size > 0;
	const set = (key: keyof CompareState) => (value: number) =>
		update((s) => ({ ...s, [key]: value }));
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
		<ModeFrame
			mode="compare"
			t={t}
			lang={lang}
			refusal={refusal}
			load={load}
			announce={
				stale
					? ''
					: `${t.dense}: ${formatNumber(dense.params, lang)}; ${t.conv}: ${formatNumber(conv.params, lang)}.`
			}
		>
			<h4>{t.compareTitle}</h4>
			<div class="calc-fields calc-sliders">
				{field('h', t.imageH, RULES.size, 1024)}
				{field('w', t.imageW, RULES.size, 1024)}
				{field('c', t.channels, RULES.channels)}
				{field('units', t.units, RULES.count, 1000)}
				{field('filters', t.filters, RULES.count, 512)}
				{field('kernel', t.kernelSize, RULES.window)}
			</div>
			{!result.ok && (
				<p class="calc-error" role="alert">
					{result.message}
				</p>
			)}
			{stale && <p class="calc-stale-note">{t.stale}</p>}
			<div class={stale ? 'cnn-stale' : undefined}>
				<DataTable
					regionClass="calc-scroll"
					label={t.params}
					columns={[t.colLayer, t.working, t.params]}
				>
					{(['dense', 'conv'] as const).map((key) => (
						<tr key={key}>
							<th scope="row">{t[key]}</th>
							<td>
								<code>{shown[key].working}</code>
							</td>
							<td class="calc-num" data-testid={`${key}-params`}>
								{formatNumber(shown[key].params, lang)}
							</td>
						</tr>
					))}
				</DataTable>
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
		</ModeFrame>
	);
}
