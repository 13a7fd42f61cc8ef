import { useMemo, useRef, useState } from 'preact/hooks';
import type { ModelJson } from '../../lib/cnn/index.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { NumberField } from '../shared/NumberField.tsx';
import type { Choices } from './full.ts';
import { CopyLink } from './CopyLink.tsx';
import type { GpuFigures, ScenarioFigure } from './gpu.ts';
import { GPU_SIZES, REMEDY_KEYS, gpuBytes, type GpuState, type RemedyKey } from './gpu-state.ts';
import { ModeFrame } from './ModeFrame.tsx';
import { useMode } from './useMode.ts';
import { RULES } from './rules.ts';
import { BarSegments, swatch } from './MemoryBar.tsx';
import { Select } from '../shared/Select.tsx';
import { TrainingFields } from './TrainingFields.tsx';
import { PRESET_KEYS, loadPreset, type PresetKey } from './networks.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { GpuStrings } from './strings.ts';
import { bytesIn, mb } from './units.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { SvgFrame } from '../shared/SvgFrame.tsx';
import type { NumberRule } from '../../lib/i18n/number-input.ts';

const ID = 'calc-gpu';

/** The engine's calls for this mode, loaded on the reader's first interaction. */
const loadEngine = () => import('./gpu.ts');

/** The link codec, loaded when a link is read or written. */
const loadCodec = () => import('./gpu-link.ts');

/** Layer names for the remedy menus, as the engine would name unnamed layers. */
function layerNames(json: ModelJson, t: GpuStrings): string[] {
	// Any engine type may come from a link; the menu words cover the editable ones.
	const words: Readonly<Partial<Record<string, string>>> = t.types;
	return json.layers.map(
		(layer, i) => `${i + 1}. ${layer.name ?? words[layer.type] ?? layer.type}`,
	);
}

type Row = ScenarioFigure;

/**
 * The scenarios as horizontal stacked bars against the GPU's capacity, drawn as a dashed line,
 * with each bar's total and verdict written above it; the table after it has the same figures.
 */
function ScenarioChart(props: {
	t: GpuStrings;
	lang: Lang;
	rows: readonly Row[];
	capacity: number;
	label: (r: Row) => string;
	short: (r: Row) => string;
}) {
	const { t, lang, rows, capacity } = props;
	const W = 340;
	const rowH = 42;
	const H = rows.length * rowH + 18;
	const totals = rows.map((r) => (r.ok ? r.total : 0));
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
					<g key={r.key}>
						<text class="calc-label" x={0} y={y + 10}>
							{props.short(r)}
						</text>
						{r.ok && (
							<BarSegments segments={r.segments} scale={scale} width={W} y={y + 15} height={16} />
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
 * model (checkpointing, mixed precision) is explained right under the chart. It shows the
 * wrapper's build-time figures until the reader first changes something; the engine (`gpu.ts`)
 * loads on the first focus or touch.
 */
export default function GpuMode({
	lang,
	t,
	exercise2,
	initial,
	choices,
}: {
	lang: Lang;
	t: GpuStrings;
	/** Exercise 2's model, the first one shown, loaded from the registry by the wrapper. */
	exercise2: ModelJson;
	/** The first state (exercise 2, its remedies' defaults) and its figures, computed at build time. */
	initial: { state: GpuState; figures: GpuFigures & { rows: readonly Row[] } };
	/** The engine's lists the menus offer. */
	choices: Pick<Choices, 'dtypes' | 'optimizers'>;
}) {
	const [model, setModel] = useState<{ key: PresetKey; json: ModelJson }>({
		key: 'exercise2',
		json: exercise2,
	});
	const [gen, setGen] = useState(0);
	const { state, update, refusal, link, engine, load, invalid, validity } = useMode<
		GpuState,
		typeof import('./gpu.ts')
	>(initial.state, loadEngine, loadCodec, (loaded, gpu) => {
		setGen((g) => g + 1);
		void loadPreset(loaded.preset).then((json) => {
			setModel({ key: loaded.preset, json });
			if (!gpu.indicesFit(json, loaded))
				update((s) => ({ ...s, ...gpu.remedyDefaults(json, s.batch) }));
		});
	});
	const set = (change: Partial<GpuState>) => update((s) => ({ ...s, ...change }));

	const json = model.json;
	// The state leaves `initial.state` only through `update`, which waits for the engine.
	const figures = useMemo(
		() => (engine ? engine.gpuFigures(json, state, lang) : initial.figures),
		[engine, json, state],
	);
	const fresh = model.key === state.preset ? figures.rows : undefined;
	const last = useRef<readonly Row[]>(initial.figures.rows);
	if (fresh) last.current = fresh;
	const rows = last.current;
	const stale = !fresh || invalid.size > 0;
	const capacity = gpuBytes(state.gpu);
	const names = layerNames(json, t);
	const base = rows[0];
	const finalRow = rows.at(-1);
	const ckpt = rows.find((r) => r.key === 'checkpoint');

	const title = (key: Row['key']) =>
		key === 'baseline' ? t.baseline : key === 'combined' ? t.combined : t.remedyNames[key];
	const verdict = (r: Row) => (r.ok ? (r.total <= capacity ? t.fits : t.tooBig) : '');
	const label = (r: Row) =>
		r.ok
			? `${title(r.key)}: ${mb(r.total, lang)} (${bytesIn(r.total, lang, 'GiB')}), ${verdict(r)}`
			: `${title(r.key)}: ${r.message}`;
	const short = (r: Row) =>
		`${title(r.key)}: ${r.ok ? `${mb(r.total, lang)} · ${verdict(r)}` : '—'}`;

	/** A remedy's number field, editing one number of the state; `suffix` makes its id. */
	const remedyField = (
		suffix: string,
		label: string,
		key: 'smallerBatch' | 'stride',
		rule: NumberRule,
	) => (
		<NumberField
			key={`${gen}-${suffix}`}
			id={`${ID}-${suffix}`}
			label={label}
			value={state[key]}
			rule={rule}
			lang={lang}
			onValue={(value) => set({ [key]: value })}
			onValidity={validity(`${ID}-${suffix}`)}
		/>
	);

	const remedyControls = (key: RemedyKey) => {
		switch (key) {
			case 'batch':
				return remedyField('sb', t.smallerBatch, 'smallerBatch', RULES.batch);
			case 'stride':
				return (
					<>
						<Select
							id={`${ID}-sl`}
							label={t.strideLayer}
							value={String(state.strideLayer)}
							options={figures.strided.map(String)}
							names={Object.fromEntries(names.map((n, i) => [String(i), n]))}
							onChange={(v) => set({ strideLayer: Number(v) })}
						/>
						{remedyField('st', t.newStride, 'stride', RULES.window)}
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
									kept: formatNumber(ckpt.checkpoints, lang),
									n: formatNumber(base.checkpoints, lang),
									extra: `${formatNumber((100 * ckpt.recomputeMacs) / Math.max(ckpt.macs, 1), lang, { maximumFractionDigits: 0 })}%`,
								})
							: ''}
					</p>
				);
		}
	};

	return (
		<ModeFrame
			mode="gpu"
			t={t}
			lang={lang}
			refusal={refusal}
			load={load}
			announce={stale || !base?.ok || finalRow === undefined ? '' : label(finalRow)}
		>
			<div class="calc-fields">
				<Select
					id={`${ID}-preset`}
					label={t.network}
					value={state.preset}
					options={PRESET_KEYS}
					names={t.presets}
					onChange={(key) => {
						void Promise.all([loadPreset(key), load()]).then(([next, gpu]) => {
							setModel({ key, json: next });
							update((s) => ({ ...s, preset: key, ...gpu.remedyDefaults(next, s.batch) }));
							setGen((g) => g + 1);
						});
					}}
				/>
				<TrainingFields
					key={gen}
					idBase={ID}
					t={t}
					lang={lang}
					choices={choices}
					value={state}
					onChange={set}
					validity={validity}
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
				<DataTable
					regionClass="calc-scroll"
					label={t.remedies}
					testId="scenarios"
					columns={[t.scenario, 'MB', 'GiB', fill(t.fitsIn, { gpu: `${state.gpu} GB` })]}
				>
					{rows.map((r) => (
						<tr key={r.key} data-key={r.key}>
							<th scope="row">{title(r.key)}</th>
							{r.ok ? (
								<>
									<td class="calc-num">{mb(r.total, lang)}</td>
									<td class="calc-num">{bytesIn(r.total, lang, 'GiB')}</td>
									<td>{r.total <= capacity ? t.yes : t.no}</td>
								</>
							) : (
								<td colSpan={3} class="calc-error calc-wrap">
									{r.message}
								</td>
							)}
						</tr>
					))}
				</DataTable>
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
		</ModeFrame>
	);
}
