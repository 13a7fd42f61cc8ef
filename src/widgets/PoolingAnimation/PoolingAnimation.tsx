import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { resize, withCell, type Grid } from '../../lib/grid/grid.ts';
import type { Direction } from '../../lib/grid/shift.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { numberInputMessage, parseNumberInput } from '../../lib/i18n/number-input.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { useOnDemand } from '../shared/useOnDemand.ts';
import { useReducedMotion } from '../shared/useReducedMotion.ts';
import '../shared/widget.css';
import { CostPanel } from './CostPanel.tsx';
import {
	DEFAULT_CHANNELS,
	DEFAULT_DIRECTION,
	DEFAULT_KERNEL,
	DEFAULT_PRESET,
	DEFAULT_SIZE,
	defaultSettings,
} from './defaults.ts';
import { InputGrid } from './InputGrid.tsx';
import { KernelEditor } from './KernelEditor.tsx';
import { cellBox, windowOf } from './layout.ts';
import type { Frame, Operation, Settings } from './model.ts';
import { formula, narrate } from './narration.ts';
import { OutputGrid } from './OutputGrid.tsx';
import { moveStep, playFrom, SPEEDS, STEP_MS, type Speed } from './player.ts';
import './PoolingAnimation.css';
import { preset, PRESET_IDS, randomGrid, type PresetId } from './presets.ts';
import { ShiftCompare } from './ShiftCompare.tsx';
import type { PoolingStrings } from './strings.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { WidgetRoot } from '../shared/WidgetRoot.tsx';
import { Select } from '../shared/Select.tsx';

export interface PoolingAnimationProps {
	lang: Lang;
	/** Prefix for element ids; unique on the page. */
	id?: string | undefined;
	/** The page language's words, chosen by `PoolingAnimation.astro`. */
	t: PoolingStrings;
	/** The default settings' frame, computed at build time by `PoolingAnimation.astro`. */
	first: Frame;
}

/** A copy of `record` without `key`: how a fixed cell's draft or error is dropped. */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
	const { [key]: _dropped, ...rest } = record;
	return rest;
}

const CELL_RULE = { min: -99, max: 99, integer: false };
const SIZE_RULE = { min: 2, max: 16 };
const STRIDE_RULE = { min: 1, max: 16 };
const PADDING_RULE = { min: 0, max: 8 };
const POOL_WINDOW_RULE = { min: 1, max: 16 };
const CONV_WINDOW_RULE = { min: 2, max: 3 };
const OPERATIONS: readonly Operation[] = ['max', 'avg', 'conv'];

/**
 * Question 4's pooling animation: an editable grid, max pooling, average pooling or a strided
 * convolution sliding over it step by step with the computation in words, the shift-by-one-pixel
 * experiment, and the parameter and MAC counts from the engine. The server renders the finished
 * output; after hydration it plays once unless the reader prefers reduced motion.
 *
 * Everything shown comes from a {@link Frame}: the wrapper's until the reader first touches or
 * focuses the widget, which loads `model.ts` (and the CNN engine behind it); from then on the
 * island computes a frame for every change.
 */
export default function PoolingAnimation(props: PoolingAnimationProps) {
	const { lang, t } = props;
	const id = props.id ?? `pool-${lang}`;
	const reduced = useReducedMotion();
	const [engine, load] = useOnDemand(() => import('./model.ts'));

	const [size, setSize] = useState(DEFAULT_SIZE);
	const [grid, setGrid] = useState<Grid>(() => defaultSettings().grid);
	const [presetId, setPresetId] = useState<PresetId | 'custom'>(DEFAULT_PRESET);
	const [op, setOp] = useState<Operation>('max');
	const [window, setWindow] = useState(2);
	const [stride, setStride] = useState(2);
	const [padding, setPadding] = useState(0);
	const [kernel, setKernel] = useState<Grid>(DEFAULT_KERNEL);
	const [bias, setBias] = useState(0);
	const [channels, setChannels] = useState(DEFAULT_CHANNELS);
	const [direction, setDirection] = useState<Direction>(DEFAULT_DIRECTION);
	const [speed, setSpeed] = useState<Speed>('medium');
	/** Cells computed; `undefined` means all (the finished figure the server renders). */
	const [step, setStep] = useState<number | undefined>(undefined);
	const [playing, setPlaying] = useState(false);
	const [invalid, setInvalid] = useState<Readonly<Record<string, boolean>>>({});
	const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
	const [cellErrors, setCellErrors] = useState<Readonly<Record<string, string>>>({});
	const [active, setActive] = useState<readonly [number, number]>([0, 0]);
	/** Bumped by Reset so that number fields forget half-typed text. */
	const [generation, setGeneration] = useState(0);
	const autoplayed = useRef(false);

	const settings: Settings = { grid, op, window, stride, padding, kernel, bias };
	const badInput =
		Object.entries(invalid).some(([key, bad]) => bad && key !== 'channels') ||
		Object.keys(cellErrors).length > 0;
	// Before the engine has loaded, the wrapper's frame; after, this state's, or (for impossible
	// settings or a field being fixed) the last valid settings' with this channel count and shift.
	const lastGood = useRef<Settings>(props.first.settings);
	const attempt = useMemo(
		() => engine?.frame(settings, channels, direction, lang),
		// `settings` is rebuilt every render; its parts change only when the reader changes them.
		[engine, grid, op, window, stride, padding, kernel, bias, channels, direction, lang],
	);
	const error = attempt && !attempt.ok ? attempt.error : undefined;
	const stale = error !== undefined || badInput;
	if (attempt?.ok && !stale) lastGood.current = settings;
	const shown = ((): Frame => {
		if (attempt?.ok && !stale) return attempt.frame;
		const fallback = engine?.frame(lastGood.current, channels, direction, lang);
		return fallback?.ok ? fallback.frame : props.first;
	})();

	const outRows = shown.output.length;
	const outCols = shown.output[0]?.length ?? 0;
	const total = shown.steps.length;
	const current = Math.min(step ?? total, total);
	const detail = current > 0 ? shown.steps[current - 1] : undefined;
	const s = shown.settings;
	const inBox = detail ? windowOf(detail) : undefined;
	const outBox = detail ? cellBox(detail) : undefined;

	// The clock: one step per tick while playing, stopping at the end.
	useEffect(() => {
		if (!playing) return;
		if (current >= total || stale) {
			setPlaying(false);
			return;
		}
		const timer = setTimeout(() => setStep(moveStep(current, 1, total)), STEP_MS[speed]);
		return () => clearTimeout(timer);
	}, [playing, current, total, speed, stale]);

	// Play once after hydration, unless the reader asked for less motion.
	useEffect(() => {
		if (reduced || autoplayed.current) return;
		autoplayed.current = true;
		setStep(0);
		setPlaying(true);
	}, [reduced]);

	const setValidity = (key: string, bad: boolean) =>
		setInvalid((old) => (old[key] === bad ? old : { ...old, [key]: bad }));

	const togglePlay = () => {
		if (playing) {
			setPlaying(false);
			return;
		}
		setStep(playFrom(current, total));
		setPlaying(true);
	};

	const stepBy = (delta: number) => {
		setPlaying(false);
		setStep(moveStep(current, delta, total));
	};

	const onStageKey = (event: KeyboardEvent) => {
		const target = event.target as HTMLElement;
		if (target.closest('input, select, textarea')) return;
		if (event.key === ' ' && !target.closest('button')) {
			event.preventDefault();
			togglePlay();
		} else if (event.key === 'ArrowRight' || event.key === 'ArrowDown') {
			event.preventDefault();
			stepBy(1);
		} else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') {
			event.preventDefault();
			stepBy(-1);
		}
	};

	const clearCellState = () => {
		setDrafts({});
		setCellErrors({});
	};

	const choosePreset = (value: string) => {
		if (value === 'custom') return;
		const chosen = value as PresetId;
		setPresetId(chosen);
		setGrid(preset(chosen, size));
		clearCellState();
	};

	const changeSize = (value: number) => {
		setSize(value);
		setGrid((old) => (presetId === 'custom' ? resize(old, value, value) : preset(presetId, value)));
		setActive([0, 0]);
		clearCellState();
	};

	const changeOp = (value: Operation) => {
		setOp(value);
		if (value === 'conv') setWindow((w) => Math.min(3, Math.max(2, w)));
		setValidity('window', false);
	};

	const editCell = (row: number, col: number, text: string) => {
		const key = `${row},${col}`;
		setDrafts((old) => ({ ...old, [key]: text }));
		const parsed = parseNumberInput(text, CELL_RULE, lang);
		if (parsed.ok) {
			setGrid((old) => withCell(old, row, col, parsed.value));
			setPresetId('custom');
			setCellErrors((old) => without(old, key));
		} else {
			const message = fill(t.cellError, {
				row: row + 1,
				col: col + 1,
				message: numberInputMessage(parsed.error, lang),
			});
			setCellErrors((old) => ({ ...old, [key]: message }));
		}
	};

	const commitCell = (row: number, col: number) => {
		const key = `${row},${col}`;
		if (cellErrors[key]) return;
		setDrafts((old) => without(old, key));
	};

	const reset = () => {
		setSize(DEFAULT_SIZE);
		setGrid(defaultSettings().grid);
		setPresetId(DEFAULT_PRESET);
		setOp('max');
		setWindow(2);
		setStride(2);
		setPadding(0);
		setKernel(DEFAULT_KERNEL);
		setBias(0);
		setChannels(DEFAULT_CHANNELS);
		setDirection(DEFAULT_DIRECTION);
		setPlaying(false);
		setStep(undefined);
		setInvalid({});
		setActive([0, 0]);
		clearCellState();
		setGeneration((g) => g + 1);
	};

	/** A setting's number field; `fieldKey` makes a new field (fresh text) when its rule changes. */
	const numberField = (
		key: 'size' | 'window' | 'stride' | 'padding',
		rule: { min: number; max: number },
		value: number,
		hint: string,
		onValue: (value: number) => void,
		fieldKey: string = key,
	) => (
		<NumberField
			key={fieldKey}
			id={`${id}-${key}`}
			label={t[key]}
			value={value}
			rule={rule}
			lang={lang}
			hint={hint}
			onValue={onValue}
			onValidity={(bad) => setValidity(key, bad)}
		/>
	);

	const firstError = Object.values(cellErrors)[0];
	const narration = detail
		? narrate(detail, current, total, lang, t)
		: `${fill(t.stepOf, { step: 0, total })}. ${t.idle}`;

	return (
		<WidgetRoot class="cnn-stack not-content pool" attrs={{ id }} load={load}>
			<h4 class="pool-title">{t.title}</h4>
			<p>{t.intro}</p>

			<div class="pool-settings" key={generation}>
				<div class="pool-row">
					{numberField('size', SIZE_RULE, size, t.sizeHint, changeSize)}
					<div class="cnn-field">
						<label for={`${id}-preset`}>{t.preset}</label>
						<select
							id={`${id}-preset`}
							value={presetId}
							onChange={(event) => choosePreset(event.currentTarget.value)}
						>
							{PRESET_IDS.map((p) => (
								<option value={p}>{t.presets[p]}</option>
							))}
							<option value="custom" disabled>
								{t.presetNone}
							</option>
						</select>
					</div>
					<div class="pool-buttons">
						<button
							type="button"
							onClick={() => {
								setGrid(randomGrid(size, Math.floor(Math.random() * 2 ** 31)));
								setPresetId('custom');
								clearCellState();
							}}
						>
							{t.randomize}
						</button>
						<button type="button" onClick={reset}>
							{t.reset}
						</button>
					</div>
				</div>

				<fieldset class="pool-ops">
					<legend>{t.operation}</legend>
					{OPERATIONS.map((o) => (
						<label class="pool-radio">
							<input
								type="radio"
								name={`${id}-op`}
								value={o}
								checked={op === o}
								onChange={() => changeOp(o)}
							/>
							{t.operations[o]}
						</label>
					))}
				</fieldset>

				<div class="pool-row">
					{numberField(
						'window',
						op === 'conv' ? CONV_WINDOW_RULE : POOL_WINDOW_RULE,
						window,
						op === 'conv' ? t.windowHintConv : t.windowHintPool,
						setWindow,
						op === 'conv' ? 'conv-window' : 'pool-window',
					)}
					{numberField('stride', STRIDE_RULE, stride, '1–16', setStride)}
					{numberField('padding', PADDING_RULE, padding, t.paddingHints[op], setPadding)}
				</div>

				{op === 'conv' && (
					<KernelEditor
						id={id}
						kernel={kernel}
						window={window}
						bias={bias}
						lang={lang}
						t={t}
						onWeight={(r, c, v) => setKernel((old) => withCell(old, r, c, v))}
						onBias={setBias}
						onValidity={setValidity}
					/>
				)}

				{error !== undefined && (
					<p class="pool-error" role="alert" data-testid="engine-error">
						{error}
					</p>
				)}
				{stale && <p class="pool-stale-note">{t.stale}</p>}
			</div>

			{/* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- a labelled group with its own keys (Space plays, arrows step), announced by aria-keyshortcuts and its key help; "application" would take browse mode from the grids inside */}
			<div
				class="pool-stage"
				tabIndex={0}
				role="group"
				aria-label={t.stageLabel}
				aria-describedby={`${id}-keys`}
				aria-keyshortcuts="Space ArrowLeft ArrowRight"
				onKeyDown={onStageKey}
			>
				{/* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex -- only the stage's opening tag */}
				<div class={`pool-figure cnn-scroll ${stale ? 'cnn-stale' : ''}`}>
					<InputGrid
						id={id}
						grid={s.grid}
						padding={s.padding}
						op={s.op}
						box={inBox}
						drafts={drafts}
						errors={cellErrors}
						active={active}
						lang={lang}
						t={t}
						onActive={(r, c) => setActive([r, c])}
						onEdit={editCell}
						onCommit={commitCell}
					/>
					<span class="pool-arrow" aria-hidden="true">
						→
					</span>
					<OutputGrid
						output={shown.output}
						caption={`${fill(t.output, { rows: outRows, cols: outCols })} · ${t.operations[s.op]}`}
						lang={lang}
						t={t}
						filled={current}
						box={outBox}
					/>
				</div>
				{firstError && (
					<p id={`${id}-cell-error`} class="cnn-field__error" role="alert">
						{firstError}
					</p>
				)}
				<p class="pool-formula" data-testid="formula">
					{detail ? formula(detail, lang) : t.idle}
				</p>
				<div class="pool-player">
					<button type="button" onClick={() => stepBy(-1)} disabled={current === 0}>
						<span aria-hidden="true">◀ </span>
						{t.back}
					</button>
					<button
						type="button"
						class="cnn-btn-primary"
						onClick={togglePlay}
						aria-pressed={playing}
						data-testid="play"
					>
						{playing ? t.pause : t.play}
					</button>
					<button type="button" onClick={() => stepBy(1)} disabled={current >= total}>
						{t.forward}
						<span aria-hidden="true"> ▶</span>
					</button>
					<Select
						class="pool-speed"
						id={`${id}-speed`}
						label={t.speed}
						value={speed}
						options={SPEEDS}
						names={t.speeds}
						onChange={setSpeed}
					/>
					<span class="pool-step" data-testid="step">
						{fill(t.stepOf, { step: current, total })}
					</span>
				</div>
				<p id={`${id}-keys`} class="pool-keys">
					{t.stageKeys} {t.gridKeys}
				</p>
				<LiveRegion id={`${id}-narration`}>{narration}</LiveRegion>
			</div>

			<ShiftCompare
				id={id}
				frame={shown}
				direction={direction}
				stale={stale}
				lang={lang}
				t={t}
				onDirection={setDirection}
			/>

			<CostPanel
				id={id}
				key={`cost-${generation}`}
				frame={shown}
				channels={channels}
				stale={stale || invalid.channels === true}
				lang={lang}
				t={t}
				onChannels={setChannels}
				onValidity={(bad) => setValidity('channels', bad)}
			/>
		</WidgetRoot>
	);
}
