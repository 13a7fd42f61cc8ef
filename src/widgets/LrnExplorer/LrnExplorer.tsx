import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { NumberRule } from '../../lib/i18n/number-input.ts';
import type { LrnParams } from '../../lib/normalization/lrn.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { useOnDemand } from '../shared/useOnDemand.ts';
import '../shared/widget.css';
import { BarChart } from './BarChart.tsx';
import { batchNormFormula, fmt, lrnFormula, powerOfTen } from './formula.ts';
import './LrnExplorer.css';
import { NumbersTable } from './NumbersTable.tsx';
import type { LrnResult } from './result.ts';
import {
	ALPHA_EXPONENTS,
	alphaExponent,
	alphaFromExponent,
	INITIAL_PRESET,
	lrnPreset,
	MAX_ACTIVATION,
	MAX_CHANNELS,
	MIN_CHANNELS,
	niceMax,
	STRONG_AT,
	withChannels,
	type LrnPreset,
} from './state.ts';
import type { LrnStrings } from './strings.ts';
import { WidgetRoot } from '../shared/WidgetRoot.tsx';

export interface LrnExplorerProps {
	lang: Lang;
	/** The page language's words (`STRINGS[lang]`), from `LrnExplorer.astro`. */
	t: LrnStrings;
	/** The first frame, computed at build time: AlexNet's values on the page's example. */
	result: LrnResult;
	/** Prefix for element ids; unique on the page. */
	id?: string | undefined;
}

const PRESETS: readonly LrnPreset[] = ['strong', 'uniform'];
const N_RULE = { min: 1, max: 15 };
const K_RULE = { min: 0, max: 10, integer: false };
const ALPHA_RULE = { min: 0.000001, max: 1, integer: false };
const BETA_RULE = { min: 0, max: 2, integer: false };
const CHANNEL_RULE = { min: MIN_CHANNELS, max: MAX_CHANNELS };
const VALUE_RULE = { min: 0, max: MAX_ACTIVATION, integer: false };

/**
 * Question 5's LRN explorer: activations of 8–16 feature maps at one position as bars the reader
 * drags or types, LRN's hyperparameters with AlexNet's defaults, the output bars, the formula of
 * the channel under the pointer or focus with its numbers, and a switch comparing LRN with batch
 * normalization on the same values. Every number comes from `result.ts` (the normalization
 * engine): the first frame from the wrapper, later ones from the module this island loads when
 * the reader first focuses or touches it. Until it arrives, the first frame stays, dimmed if the
 * reader has already changed something.
 */
export default function LrnExplorer(props: LrnExplorerProps) {
	const { lang, t } = props;
	const id = props.id ?? `lrn-${lang}`;
	const initial = props.result;
	const [engine, load] = useOnDemand(() => import('./result.ts'));

	const [channels, setChannels] = useState(initial.values.length);
	const [values, setValues] = useState<readonly number[]>(initial.values);
	const [preset, setPreset] = useState<LrnPreset | 'custom'>(INITIAL_PRESET);
	const [params, setParams] = useState<LrnParams>(initial.params);
	const [selected, setSelected] = useState(STRONG_AT);
	const [hovered, setHovered] = useState<number | undefined>(undefined);
	const [compare, setCompare] = useState(false);
	const [invalid, setInvalid] = useState<Readonly<Record<string, boolean>>>({});
	/** Bumped when a slider or a button sets a value, so number fields drop half-typed text. */
	const [fieldGeneration, setFieldGeneration] = useState(0);

	const current = useMemo(() => engine?.lrnResult(values, params), [engine, values, params]);
	const result = current ?? initial;
	const waiting = current === undefined && (values !== initial.values || params !== initial.params);
	const invalidEntry = Object.values(invalid).some(Boolean);
	const stale = invalidEntry || waiting;
	const focus = Math.min(hovered ?? selected, result.terms.length - 1);
	const window = result.terms[focus] ?? { low: focus, high: focus };
	const defaults = initial.params;

	const setValidity = (key: string, bad: boolean) =>
		setInvalid((old) => (old[key] === bad ? old : { ...old, [key]: bad }));
	const setParam = (key: keyof LrnParams, value: number, fromSlider: boolean) => {
		setParams((old) => ({ ...old, [key]: value }));
		if (fromSlider) {
			setValidity(key, false);
			setFieldGeneration((g) => g + 1);
		}
	};
	const setValue = (i: number, value: number) => {
		setValues((old) => old.map((v, j) => (j === i ? value : v)));
		setPreset('custom');
	};
	const choosePreset = (p: LrnPreset) => {
		setPreset(p);
		setValues(lrnPreset(p, channels));
		setValidity('value', false);
		setFieldGeneration((g) => g + 1);
	};

	const inputMax = MAX_ACTIVATION;
	const outputMax = niceMax(result.outputs);
	const bnMax = niceMax(result.normalized);
	const n = (v: number, digits = 2) => fmt(v, lang, digits);

	/**
	 * One of k, α, β: a number field and a slider, both editing the same parameter (the slider
	 * may move along another scale, as α's exponent, which `toParam` turns back into the value).
	 */
	const param = (
		key: 'k' | 'alpha' | 'beta',
		rule: NumberRule,
		hint: string,
		slider: {
			min: number;
			max: number;
			step: number;
			value: number;
			valueText?: string;
			toParam?: (position: number) => number;
		},
	) => (
		<div class="lrn-param">
			<NumberField
				key={`${key}-${fieldGeneration}`}
				id={`${id}-${key}`}
				label={t[key]}
				value={params[key]}
				rule={rule}
				lang={lang}
				hint={hint}
				onValue={(v) => setParam(key, v, false)}
				onValidity={(bad) => setValidity(key, bad)}
			/>
			<input
				type="range"
				aria-label={t[key]}
				aria-valuetext={slider.valueText}
				min={slider.min}
				max={slider.max}
				step={slider.step}
				value={slider.value}
				onInput={(e) => {
					const position = Number(e.currentTarget.value);
					setParam(key, slider.toParam ? slider.toParam(position) : position, true);
				}}
			/>
		</div>
	);

	return (
		<WidgetRoot class="cnn-stack not-content lrn" attrs={{ id }} load={load}>
			<h4>{t.title}</h4>
			<p>{t.intro}</p>

			<div class="lrn-row">
				<NumberField
					key={`channels-${fieldGeneration}`}
					id={`${id}-channels`}
					label={t.channels}
					value={channels}
					rule={CHANNEL_RULE}
					lang={lang}
					hint={t.channelsHint}
					onValue={(c) => {
						setChannels(c);
						setValues((old) => (preset === 'custom' ? withChannels(old, c) : lrnPreset(preset, c)));
						setSelected((s) => Math.min(s, c - 1));
					}}
					onValidity={(bad) => setValidity('channels', bad)}
				/>
				<fieldset class="lrn-presets">
					<legend>{t.preset}</legend>
					{PRESETS.map((p) => (
						<button type="button" aria-pressed={preset === p} onClick={() => choosePreset(p)}>
							{t.presets[p]}
						</button>
					))}
				</fieldset>
			</div>

			<fieldset class="lrn-params">
				<legend>{t.parameters}</legend>
				<div class="lrn-param">
					<NumberField
						key={`n-${fieldGeneration}`}
						id={`${id}-n`}
						label={t.n}
						value={params.n}
						rule={N_RULE}
						lang={lang}
						hint={fill(t.nHint, { r: result.radius })}
						onValue={(v) => setParam('n', v, false)}
						onValidity={(bad) => setValidity('n', bad)}
					/>
					<input
						type="range"
						aria-label={t.n}
						min={1}
						max={15}
						step={2}
						value={params.n}
						onInput={(e) => setParam('n', Number(e.currentTarget.value), true)}
					/>
					{result.params.n % 2 === 0 && (
						<p class="lrn-note">
							{fill(t.nEven, { n: result.params.n, r: result.radius, span: result.span })}
						</p>
					)}
				</div>
				{param('k', K_RULE, '0–10', { min: 0, max: 10, step: 0.1, value: params.k })}
				{param('alpha', ALPHA_RULE, `${n(ALPHA_RULE.min, 6)}–1`, {
					...ALPHA_EXPONENTS,
					value: alphaExponent(params.alpha),
					valueText: `α = ${n(params.alpha, 8)}`,
					toParam: alphaFromExponent,
				})}
				{param('beta', BETA_RULE, '0–2', { min: 0, max: 2, step: 0.05, value: params.beta })}
				<button
					type="button"
					class="lrn-defaults cnn-btn-primary"
					onClick={() => {
						setParams(defaults);
						for (const key of ['n', 'k', 'alpha', 'beta']) setValidity(key, false);
						setFieldGeneration((g) => g + 1);
					}}
				>
					{t.defaults}: k = {n(defaults.k)}, n = {n(defaults.n)}, α ={' '}
					{powerOfTen(defaults.alpha, lang)}, β = {n(defaults.beta)}
				</button>
			</fieldset>

			{invalidEntry && <p class="lrn-note lrn-stale-note">{t.stale}</p>}

			<div class={`lrn-charts ${stale ? 'cnn-stale' : ''}`}>
				<BarChart
					title={t.inputChart}
					scaleText={fill(t.scale, { max: n(inputMax) })}
					values={values}
					max={inputMax}
					indexLabel={(i) => String(i)}
					window={window}
					focus={focus}
					lang={lang}
					onHover={setHovered}
					testId="lrn-input"
					editing={{
						label: (i) => fill(t.barLabel, { i }),
						valueText: (i) => `${n(values[i] ?? 0)} → ${n(result.outputs[i] ?? 0)}`,
						onChange: (i, v) => {
							setValue(i, v);
							setFieldGeneration((g) => g + 1);
							setValidity('value', false);
						},
						onFocusBar: setSelected,
					}}
				/>
				<p class="lrn-note">{t.inputHelp}</p>
				<BarChart
					title={t.outputChart}
					scaleText={fill(t.scale, { max: n(outputMax) })}
					values={result.outputs}
					max={outputMax}
					indexLabel={(i) => String(i)}
					window={window}
					focus={focus}
					lang={lang}
					onHover={setHovered}
					testId="lrn-output"
				/>
			</div>

			<div class="lrn-formula" data-testid="lrn-formula">
				<p>{fill(t.windowNote, { i: focus, low: window.low, high: window.high })}</p>
				<p class="lrn-math">{lrnFormula(result, focus, lang)}</p>
				{compare && <p class="lrn-math">{batchNormFormula(result, focus, lang)}</p>}
			</div>

			<NumberField
				key={`value-${selected}-${fieldGeneration}`}
				id={`${id}-value`}
				label={fill(t.valueField, { i: selected })}
				value={values[selected] ?? 0}
				rule={VALUE_RULE}
				lang={lang}
				hint={`0–${MAX_ACTIVATION}`}
				onValue={(v) => setValue(selected, v)}
				onValidity={(bad) => setValidity('value', bad)}
				class="lrn-value"
			/>

			<div class="lrn-compare">
				<label class="lrn-switch">
					<input
						type="checkbox"
						role="switch"
						checked={compare}
						onChange={(e) => setCompare(e.currentTarget.checked)}
					/>
					{t.compare}
				</label>
				<p>{t.lrnSentence}</p>
				{compare && (
					<>
						<p>
							{fill(t.bnSentence, {
								mean: n(result.batchNorm.channel.mean),
								variance: n(result.batchNorm.channel.variance),
							})}
						</p>
						<BarChart
							title={t.bnChart}
							scaleText={fill(t.scaleSymmetric, { max: n(bnMax) })}
							values={result.normalized}
							max={bnMax}
							symmetric
							indexLabel={(i) => String(i)}
							focus={focus}
							lang={lang}
							onHover={setHovered}
							testId="lrn-bn"
						/>
					</>
				)}
			</div>

			<NumbersTable result={result} compare={compare} t={t} lang={lang} />

			<LiveRegion id={`${id}-announce`}>
				{fill(t.announce, {
					i: selected,
					a: n(values[selected] ?? 0),
					b: n(result.outputs[selected] ?? 0),
				})}
			</LiveRegion>
		</WidgetRoot>
	);
}
