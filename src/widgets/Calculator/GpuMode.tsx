import '../shared/widget.css';
import './Calculator.css';
import { useRef, useState } from 'preact/hooks';
import { DTYPES, OPTIMIZERS, type ModelJson } from '../../lib/cnn/index.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { CopyLink, LinkNotice } from './CopyLink.tsx';
import {
	GPU_SIZES,
	REMEDY_KEYS,
	defaultGpuState,
	estimate,
	gpuBytes,
	remedyDefaults,
	scenarios,
	stridedLayers,
	type Estimate,
	type GpuState,
	type RemedyKey,
	type Scenario,
} from './gpu.ts';
import { RULES } from './rules.ts';
import { BarSegments, swatch } from './MemoryBar.tsx';
import { Select } from './Select.tsx';
import { PRESET_KEYS, loadPreset, type PresetKey } from './networks.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { GpuStrings } from './strings.ts';
import { bytesIn, mb } from './units.ts';
import { useLinkState } from './useLinkState.ts';
import { ScrollRegion } from '../shared/ScrollRegion.tsx';
import { SvgFrame } from '../shared/SvgFrame.tsx';

const ID = 'calc-gpu';

/** The link codec, loaded when a link is read or written. */
const loadCodec = () => import('./gpu-link.ts').then((m) => m.codec);

/** Whether the remedy indices still point at suitable layers of this model. */
function indicesFit(json: ModelJson, s: GpuState): boolean {
	return stridedLayers(json).includes(s.strideLayer) && s.removeLayer < json.layers.length;
}

/** Layer names for the remedy menus, as the engine would name unnamed layers. */
function layerNames(json: ModelJson, t: GpuStrings): string[] {
	// Any engine type may come from a link; the menu words cover the editable ones.
	const words: Readonly<Partial<Record<string, string>>> = t.types;
	return json.layers.map(
		(layer, i) => `${i + 1}. ${layer.name ?? words[layer.type] ?? layer.type}`,
	);
}

interface Row {
	readonly scenario: Scenario;
	readonly estimate: Estimate;
}

/**
 * The scenarios as horizontal stacked bars against the GPU's capacity, drawn as a dashed line,
 * with each bar's total and verdict written above it; the table after it has the same figures.
 */
function ScenarioChart(props: {
	t: GpuStrings;
	lang: Lang;
	rows: Row[];
	capacity: number;
	label: (r: Row) => string;
	short: (r: Row) => string;
}) {
	const { t, lang, rows, capacity } = props;
	const W = 340;
	const rowH = 42;
	const H = rows.length * rowH + 18;
	const totals = rows.map((r) => (r.estimate.ok ? r.estimate.report.total : 0));
	const scale = Math.max(capacity, ...totals) * 1.04;
	const gpuX = (capacity / scale) * W;
	return (
		<SvgFrame
			id={`${ID}-chart`}
			class="calc-chart calc-gpu-chart"
			title={t.remedies}
			desc={rows.map((r) => props.label(r)).join('; ')}
			width={W}
			height={H}
			fluid={false}
		>
			{rows.map((r, i) => {
				const y = 18 + i * rowH;
				return (
					<g key={r.scenario.key}>
						<text class="calc-label" x={0} y={y + 10}>
							{props.short(r)}
						</text>
						{r.estimate.ok && (
							<BarSegments
								segments={r.estimate.report.items.filter((item) => item.counted)}
								scale={scale}
								width={W}
								y={y + 15}
								height={16}
							/>
						)}
					</g>
				);
			})}
			<line class="calc-gpu-line" x1={gpuX} x2={gpuX} y1={12} y2={H} />
			<text class="calc-tick" x={Math.min(gpuX, W - 2)} y={9} text-anchor="end">
				{fill(t.gpuLine, { gib: bytesIn(capacity, lang, 'GiB'), mb: mb(capacity, lang) })}
			</text>
		</SvgFrame>
	);
}

/**
 * Question 3's memory mode: a training setting, a GPU size, and the answer's remedies, each
 * estimated alone and the checked ones together, against the GPU's capacity. The engine's memory
 * model (checkpointing, mixed precision) is explained right under the chart.
 */
export default function GpuMode({
	lang,
	t,
	exercise2,
}: {
	lang: Lang;
	t: GpuStrings;
	/** Exercise 2's model, the first one shown, loaded from the registry by the wrapper. */
	exercise2: ModelJson;
}) {
	const [model, setModel] = useState<{ key: PresetKey; json: ModelJson }>({
		key: 'exercise2',
		json: exercise2,
	});
	const [gen, setGen] = useState(0);
	const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
	const { state, update, refusal, link } = useLinkState<GpuState>(
		defaultGpuState(exercise2),
		loadCodec,
		(loaded) => {
			setGen((g) => g + 1);
			void loadPreset(loaded.preset).then((json) => {
				setModel({ key: loaded.preset, json });
				if (!indicesFit(json, loaded)) update((s) => ({ ...s, ...remedyDefaults(json, s.batch) }));
			});
		},
	);
	const set = (change: Partial<GpuState>) => update((s) => ({ ...s, ...change }));
	const validity = (id: string) => (bad: boolean) =>
		setInvalid((prev) => {
			if (prev.has(id) === bad) return prev;
			const next = new Set(prev);
			if (bad) next.add(id);
			else next.delete(id);
			return next;
		});

	const json = model.json;
	const ready = model.key === state.preset && indicesFit(json, state);
	const fresh: Row[] | undefined = ready
		? scenarios(json, state).map((scenario) => ({ scenario, estimate: estimate(scenario) }))
		: undefined;
	const last = useRef<Row[]>(fresh ?? []);
	if (fresh) last.current = fresh;
	const rows = last.current;
	const stale = !fresh || invalid.size > 0;
	const capacity = gpuBytes(state.gpu);
	const names = layerNames(json, t);
	const base = rows[0]?.estimate;
	const finalRow = rows.at(-1);
	const ckpt = rows.find((r) => r.scenario.key === 'checkpoint')?.estimate;

	const title = (key: Row['scenario']['key']) =>
		key === 'baseline' ? t.baseline : key === 'combined' ? t.combined : t.remedyNames[key];
	const verdict = (e: Estimate) => (e.ok ? (e.report.total <= capacity ? t.fits : t.tooBig) : '');
	const label = (r: Row) =>
		r.estimate.ok
			? `${title(r.scenario.key)}: ${mb(r.estimate.report.total, lang)} (${bytesIn(r.estimate.report.total, lang, 'GiB')}), ${verdict(r.estimate)}`
			: `${title(r.scenario.key)}: ${r.estimate.error.describe(lang)}`;
	const short = (r: Row) =>
		`${title(r.scenario.key)}: ${r.estimate.ok ? `${mb(r.estimate.report.total, lang)} · ${verdict(r.estimate)}` : '—'}`;

	const remedyControls = (key: RemedyKey) => {
		switch (key) {
			case 'batch':
				return (
					<NumberField
						key={`${gen}-sb`}
						id={`${ID}-sb`}
						label={t.smallerBatch}
						value={state.smallerBatch}
						rule={RULES.batch}
						lang={lang}
						onValue={(smallerBatch) => set({ smallerBatch })}
						onValidity={validity(`${ID}-sb`)}
					/>
				);
			case 'stride':
				return (
					<>
						<Select
							id={`${ID}-sl`}
							label={t.strideLayer}
							value={String(state.strideLayer)}
							options={stridedLayers(json).map(String)}
							names={Object.fromEntries(names.map((n, i) => [String(i), n]))}
							onChange={(v) => set({ strideLayer: Number(v) })}
						/>
						<NumberField
							key={`${gen}-st`}
							id={`${ID}-st`}
							label={t.newStride}
							value={state.stride}
							rule={RULES.window}
							lang={lang}
							onValue={(stride) => set({ stride })}
							onValidity={validity(`${ID}-st`)}
						/>
					</>
				);
			case 'layers':
				return (
					<Select
						id={`${ID}-rl`}
						label={t.removeLayer}
						value={String(state.removeLayer)}
						options={names.map((_, i) => String(i))}
						names={Object.fromEntries(names.map((n, i) => [String(i), n]))}
						onChange={(v) => set({ removeLayer: Number(v) })}
					/>
				);
			case 'half':
				return (
					<Select
						id={`${ID}-half`}
						label={t.halfKind}
						value={state.half}
						options={['float16', 'mixed'] as const}
						names={t.halfKinds}
						onChange={(half) => set({ half })}
					/>
				);
			case 'checkpoint':
				return (
					<p class="calc-muted" data-testid="checkpoint-info">
						{base?.ok && ckpt?.ok
							? fill(t.checkpointInfo, {
									kept: formatNumber(ckpt.report.checkpoints, lang),
									n: formatNumber(base.report.checkpoints, lang),
									extra: `${formatNumber((100 * ckpt.report.recomputeMacs) / Math.max(ckpt.summary.macs, 1), lang, { maximumFractionDigits: 0 })}%`,
								})
							: ''}
					</p>
				);
		}
	};

	return (
		<div class="cnn-widget calc not-content" data-calc="gpu">
			<LinkNotice t={t} reason={refusal?.(t, lang)} />
			<div class="calc-fields">
				<Select
					id={`${ID}-preset`}
					label={t.network}
					value={state.preset}
					options={PRESET_KEYS}
					names={t.presets}
					onChange={(key) => {
						void loadPreset(key).then((next) => {
							setModel({ key, json: next });
							update((s) => ({ ...s, preset: key, ...remedyDefaults(next, s.batch) }));
							setGen((g) => g + 1);
						});
					}}
				/>
				<NumberField
					key={`${gen}-b`}
					id={`${ID}-batch`}
					label={t.batch}
					value={state.batch}
					rule={RULES.batch}
					lang={lang}
					onValue={(batch) => set({ batch })}
					onValidity={validity(`${ID}-batch`)}
				/>
				<Select
					id={`${ID}-dtype`}
					label={t.dtype}
					value={state.dtype}
					options={DTYPES}
					onChange={(dtype) => set({ dtype })}
				/>
				<Select
					id={`${ID}-optimizer`}
					label={t.optimizer}
					value={state.optimizer}
					options={OPTIMIZERS}
					names={t.optimizers}
					onChange={(optimizer) => set({ optimizer })}
				/>
				<Select
					id={`${ID}-size`}
					label={t.gpu}
					value={String(state.gpu)}
					options={GPU_SIZES.map(String)}
					names={Object.fromEntries(GPU_SIZES.map((g) => [String(g), `${g} GB`]))}
					onChange={(v) => set({ gpu: Number(v) as GpuState['gpu'] })}
				/>
			</div>
			<fieldset class="calc-remedies">
				<legend>{t.remedies}</legend>
				<p class="calc-muted">{t.combineHint}</p>
				{REMEDY_KEYS.map((key) => (
					<div key={key} class="calc-remedy">
						<label class="calc-check">
							<input
								type="checkbox"
								id={`${ID}-on-${key}`}
								checked={state.applied.includes(key)}
								onChange={(e) => {
									const on = e.currentTarget.checked;
									update((s) => ({
										...s,
										applied: REMEDY_KEYS.filter((k) => (k === key ? on : s.applied.includes(k))),
									}));
								}}
							/>{' '}
							{t.remedyNames[key]}
						</label>
						<div class="calc-fields">{remedyControls(key)}</div>
					</div>
				))}
			</fieldset>
			{stale && <p class="calc-stale-note">{t.stale}</p>}
			<div class={stale ? 'cnn-stale' : undefined}>
				<ScenarioChart
					t={t}
					lang={lang}
					rows={rows}
					capacity={capacity}
					label={label}
					short={short}
				/>
				<ul class="calc-legend" aria-hidden="true">
					{(['weights', 'gradients', 'optimizerState', 'activations', 'inputBatch'] as const).map(
						(key) => (
							<li key={key}>
								<span class={`calc-swatch ${swatch(key)}`} />
								{t.items[key]}
							</li>
						),
					)}
				</ul>
				<ScrollRegion class="calc-scroll" label={t.remedies}>
					<table data-testid="scenarios">
						<thead>
							<tr>
								<th scope="col">{t.scenario}</th>
								<th scope="col">MB</th>
								<th scope="col">GiB</th>
								<th scope="col">{fill(t.fitsIn, { gpu: `${state.gpu} GB` })}</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((r) => (
								<tr key={r.scenario.key} data-key={r.scenario.key}>
									<th scope="row">{title(r.scenario.key)}</th>
									{r.estimate.ok ? (
										<>
											<td class="calc-num">{mb(r.estimate.report.total, lang)}</td>
											<td class="calc-num">{bytesIn(r.estimate.report.total, lang, 'GiB')}</td>
											<td>{r.estimate.report.total <= capacity ? t.yes : t.no}</td>
										</>
									) : (
										<td colSpan={3} class="calc-error calc-wrap">
											{r.estimate.error.describe(lang)}
										</td>
									)}
								</tr>
							))}
						</tbody>
					</table>
				</ScrollRegion>
			</div>
			<details class="calc-how">
				<summary>{t.howTitle}</summary>
				{t.how.map((paragraph, i) => (
					<p key={i}>{paragraph}</p>
				))}
			</details>
			<div class="calc-fields">
				<CopyLink t={t} link={link} />
			</div>
			<LiveRegion>{stale || !base?.ok || finalRow === undefined ? '' : label(finalRow)}</LiveRegion>
		</div>
	);
}
