import { useState } from 'preact/hooks';
import { batchNorm } from '../../lib/normalization/batch-norm.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import {
	ALEXNET_LRN,
	depthRadius,
	lrn,
	lrnWindow,
	type LrnParams,
} from '../../lib/normalization/lrn.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import '../shared/widget.css';
import { BarChart } from './BarChart.tsx';
import { batchNormFormula, fmt, lrnFormula } from './formula.ts';
import './LrnExplorer.css';
import { NumbersTable } from './NumbersTable.tsx';
import {
	ALPHA_EXPONENTS,
	alphaExponent,
	alphaFromExponent,
	BN_CHANNEL,
	lrnPreset,
	MAX_ACTIVATION,
	MAX_CHANNELS,
	MIN_CHANNELS,
	niceMax,
	STRONG_AT,
	withChannels,
	type LrnPreset,
} from './state.ts';
import { STRINGS } from './strings.ts';

export interface LrnExplorerProps {
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id?: string;
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
 * normalization on the same values. Everything is computed by `src/lib/normalization/lrn.ts`, which the tests
 * hold to TensorFlow's definition.
 */
export default function LrnExplorer(props: LrnExplorerProps) {
	const { lang } = props;
	const id = props.id ?? `lrn-${lang}`;
	const t = STRINGS[lang];

	const [channels, setChannels] = useState(MIN_CHANNELS);
	const [values, setValues] = useState<readonly number[]>(() => lrnPreset('strong', MIN_CHANNELS));
	const [preset, setPreset] = useState<LrnPreset | 'custom'>('strong');
	const [params, setParams] = useState<LrnParams>(ALEXNET_LRN);
	const [selected, setSelected] = useState(STRONG_AT);
	const [hovered, setHovered] = useState<number | undefined>(undefined);
	const [compare, setCompare] = useState(false);
	const [invalid, setInvalid] = useState<Readonly<Record<string, boolean>>>({});
	/** Bumped when a slider or a button sets a value, so number fields drop half-typed text. */
	const [fieldGeneration, setFieldGeneration] = useState(0);

	const stale = Object.values(invalid).some(Boolean);
	const outputs = lrn(values, params);
	const normalized = batchNorm(
		values,
		values.map(() => BN_CHANNEL),
	);
	const focus = Math.min(hovered ?? selected, values.length - 1);
	const r = depthRadius(params.n);
	const window = lrnWindow(focus, values.length, r);

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
	const outputMax = niceMax(outputs);
	const bnMax = niceMax(normalized);
	const n = (v: number, digits = 2) => fmt(v, lang, digits);

	return (
		<div class="cnn-widget not-content lrn" id={id}>
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
						hint={t.nHint(r)}
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
					{params.n % 2 === 0 && <p class="lrn-note">{t.nEven(params.n, r)}</p>}
				</div>
				<div class="lrn-param">
					<NumberField
						key={`k-${fieldGeneration}`}
						id={`${id}-k`}
						label={t.k}
						value={params.k}
						rule={K_RULE}
						lang={lang}
						hint="0–10"
						onValue={(v) => setParam('k', v, false)}
						onValidity={(bad) => setValidity('k', bad)}
					/>
					<input
						type="range"
						aria-label={t.k}
						min={0}
						max={10}
						step={0.1}
						value={params.k}
						onInput={(e) => setParam('k', Number(e.currentTarget.value), true)}
					/>
				</div>
				<div class="lrn-param">
					<NumberField
						key={`alpha-${fieldGeneration}`}
						id={`${id}-alpha`}
						label={t.alpha}
						value={params.alpha}
						rule={ALPHA_RULE}
						lang={lang}
						hint={`${n(ALPHA_RULE.min, 6)}–1`}
						onValue={(v) => setParam('alpha', v, false)}
						onValidity={(bad) => setValidity('alpha', bad)}
					/>
					<input
						type="range"
						aria-label={t.alpha}
						aria-valuetext={`α = ${n(params.alpha, 8)}`}
						min={ALPHA_EXPONENTS.min}
						max={ALPHA_EXPONENTS.max}
						step={ALPHA_EXPONENTS.step}
						value={alphaExponent(params.alpha)}
						onInput={(e) =>
							setParam('alpha', alphaFromExponent(Number(e.currentTarget.value)), true)
						}
					/>
				</div>
				<div class="lrn-param">
					<NumberField
						key={`beta-${fieldGeneration}`}
						id={`${id}-beta`}
						label={t.beta}
						value={params.beta}
						rule={BETA_RULE}
						lang={lang}
						hint="0–2"
						onValue={(v) => setParam('beta', v, false)}
						onValidity={(bad) => setValidity('beta', bad)}
					/>
					<input
						type="range"
						aria-label={t.beta}
						min={0}
						max={2}
						step={0.05}
						value={params.beta}
						onInput={(e) => setParam('beta', Number(e.currentTarget.value), true)}
					/>
				</div>
				<button
					type="button"
					class="lrn-defaults"
					onClick={() => {
						setParams(ALEXNET_LRN);
						for (const key of ['n', 'k', 'alpha', 'beta']) setValidity(key, false);
						setFieldGeneration((g) => g + 1);
					}}
				>
					{t.defaults}: k = 2, n = 5, α = 10⁻⁴, β = {n(0.75)}
				</button>
			</fieldset>

			{stale && <p class="lrn-note lrn-stale-note">{t.stale}</p>}

			<div class={`lrn-charts ${stale ? 'cnn-stale' : ''}`}>
				<BarChart
					title={t.inputChart}
					scaleText={t.scale(n(inputMax))}
					values={values}
					max={inputMax}
					indexLabel={(i) => String(i)}
					window={window}
					focus={focus}
					lang={lang}
					onHover={setHovered}
					testId="lrn-input"
					editing={{
						label: t.barLabel,
						valueText: (i) => `${n(values[i] ?? 0)} → ${n(outputs[i] ?? 0)}`,
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
					scaleText={t.scale(n(outputMax))}
					values={outputs}
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
				<p>{t.windowNote(focus, window.low, window.high)}</p>
				<p class="lrn-math">{lrnFormula(values, focus, params, lang)}</p>
				{compare && <p class="lrn-math">{batchNormFormula(values, focus, BN_CHANNEL, lang)}</p>}
			</div>

			<NumberField
				key={`value-${selected}-${fieldGeneration}`}
				id={`${id}-value`}
				label={t.valueField(selected)}
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
						<p>{t.bnSentence(n(BN_CHANNEL.mean), n(BN_CHANNEL.variance))}</p>
						<BarChart
							title={t.bnChart}
							scaleText={t.scaleSymmetric(n(bnMax))}
							values={normalized}
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

			<NumbersTable
				values={values}
				params={params}
				normalized={compare ? normalized : undefined}
				lang={lang}
			/>

			<LiveRegion id={`${id}-announce`}>
				{t.announce(selected, n(values[selected] ?? 0), n(outputs[selected] ?? 0))}
			</LiveRegion>
		</div>
	);
}
