import { useMemo, useRef, useState } from 'preact/hooks';
import type { ModelJson } from '../../lib/cnn/index.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { LazyDetails } from '../shared/LazyDetails.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import type { Choices, FullFigures, MemoryFigures, SummaryFigures } from './full.ts';
import { CopyLink } from './CopyLink.tsx';
import { LayerList } from './LayerList.tsx';
import { MemoryPanel } from './MemoryPanel.tsx';
import { ModeFrame } from './ModeFrame.tsx';
import { useMode } from './useMode.ts';
import { PRESET_KEYS, loadPreset } from './networks.ts';
import { RULES } from './rules.ts';
import { Select } from '../shared/Select.tsx';
import { StateLink } from '../shared/StateLink.tsx';
import {
	fromModelJson,
	initialState,
	setInput,
	toModelJson,
	type CalcState,
	type ModelState,
} from './full-state.ts';
import type { FullStrings } from './strings.ts';
import { SummaryTable } from './SummaryTable.tsx';
import { mb } from './units.ts';

const ID = 'calc';

/** The engine's calls for this mode, loaded on the reader's first interaction. */
const loadEngine = () => import('./full.ts');

/** The link codec, loaded when a link is read or written. */
const loadCodec = () => import('./full-link.ts');

/** The lab's link codec, loaded when a reader reaches for "Open in the lab". */
const loadLabLink = () => import('../CnnLab/lab-link.ts');

/** The paste and export tools, loaded when a reader first opens them. */
const loadTools = () => import('./JsonTools.tsx');

/** The figures of a network the engine could summarise, with a memory estimate. */
interface Shown {
	readonly table: SummaryFigures;
	readonly memory: Extract<MemoryFigures, { ok: true }>;
}

/**
 * Question 2's full calculator: edit the network, read its summary, estimate its memory, compare
 * with the book, paste or export it. It shows the wrapper's build-time figures until the reader
 * first changes something; from then on the engine (`full.ts`, loaded on the first focus or
 * touch) derives every figure from the state on each render (a VGG-16 summary takes well under a
 * millisecond), so there is no second copy of any figure to fall out of date.
 */
export default function FullMode({
	lang,
	t,
	exercise2,
	initial,
	choices,
	labPage,
}: {
	lang: Lang;
	t: FullStrings;
	/** Exercise 2's model, the first one shown, loaded from the registry by the wrapper. */
	exercise2: ModelJson;
	/** The figures of the first state (exercise 2, the book's setting), computed at build time. */
	initial: FullFigures & { table: SummaryFigures; memory: Shown['memory'] };
	/** The engine's lists the menus offer. */
	choices: Choices;
	/** The CNN lab's page in this language, for "Open in the lab". */
	labPage: string;
}) {
	// Bumped whenever the whole model is replaced, so fields drop half-typed text.
	const [gen, setGen] = useState(0);
	const [first] = useState(() => initialState(exercise2));
	const { state, update, refusal, link, engine, load, invalid, validity, forget } = useMode<
		CalcState,
		typeof import('./full.ts')
	>(first, loadEngine, loadCodec, () => reset());
	const reset = () => {
		setGen((g) => g + 1);
		forget(() => false);
	};

	const json = useMemo(() => toModelJson(state.model), [state.model]);
	// The state leaves `first` only through `update`, which waits for the engine.
	const figures = useMemo(
		() => (engine ? engine.fullFigures(state.model, state.memory, lang) : initial),
		[engine, state.model, state.memory],
	);
	const { table, memory } = figures;
	const last = useRef<Shown>(initial);
	if (table.ok && memory?.ok) last.current = { table, memory };
	else if (table.ok) last.current = { ...last.current, table };
	const shown = last.current;
	const fieldsBad = invalid.size > 0;
	const tableStale = !table.ok || fieldsBad;
	const memoryStale = tableStale || !memory?.ok;

	const onValidity = (id: string, bad: boolean) => validity(id)(bad);
	const edit = (change: (model: ModelState) => ModelState) =>
		update((s) => ({ ...s, preset: 'custom', model: change(s.model) }));
	const replace = (preset: CalcState['preset'], model: ModelJson) => {
		update((s) => ({ ...s, preset, model: fromModelJson(model) }));
		reset();
	};

	const presetOptions =
		state.preset === 'custom' ? [...PRESET_KEYS, 'custom' as const] : PRESET_KEYS;

	return (
		<ModeFrame
			mode="full"
			t={t}
			lang={lang}
			refusal={refusal}
			load={load}
			announce={
				memoryStale
					? ''
					: fill(t.announceTotal, {
							params: formatNumber(shown.table.totalParams, lang),
							memory: mb(shown.memory.total, lang),
						})
			}
		>
			<div class="calc-section">
				<h4 id={`${ID}-net`}>{t.network}</h4>
				<div class="calc-fields">
					<Select
						id={`${ID}-preset`}
						label={t.preset}
						value={state.preset}
						options={presetOptions}
						names={t.presets}
						onChange={(key) => {
							if (key === 'custom') return;
							void loadPreset(key).then((m) => replace(key, m));
						}}
					/>
					<Select
						id={`${ID}-convention`}
						label={t.convention}
						value={state.model.convention}
						options={choices.conventions}
						names={t.conventions}
						onChange={(convention) => edit((m) => ({ ...m, convention }))}
					/>
					<CopyLink t={t} link={link} />
				</div>
				<p class="calc-lab">
					<StateLink
						page={labPage}
						load={loadLabLink}
						href={(m) => m.labHref(labPage, json)}
						label={t.openInLab}
						describedBy={`${ID}-lab-hint`}
						testId="open-in-lab"
					/>{' '}
					<span id={`${ID}-lab-hint`} class="calc-muted">
						{t.openInLabHint}
					</span>
				</p>
				<fieldset class="calc-input">
					<legend>{t.input}</legend>
					<div class="calc-fields">
						{(
							[
								[0, t.height],
								[1, t.width],
								[2, t.channels],
							] as const
						).map(([axis, label]) => (
							<NumberField
								key={`${gen}-${axis}`}
								id={`${ID}-input-${axis}`}
								label={label}
								value={state.model.input[axis]}
								rule={axis === 2 ? RULES.channels : RULES.size}
								lang={lang}
								onValue={(v) => edit((m) => setInput(m, axis, v))}
								onValidity={(bad) => onValidity(`${ID}-input-${axis}`, bad)}
							/>
						))}
					</div>
				</fieldset>
				<h5>{t.layers}</h5>
				<LayerList
					t={t}
					lang={lang}
					model={state.model}
					values={figures.values}
					activations={choices.activations}
					idBase={ID}
					gen={gen}
					failing={
						!table.ok && table.layer !== undefined
							? { index: table.layer, message: table.message }
							: undefined
					}
					edit={edit}
					onValidity={onValidity}
					forget={forget}
				/>
			</div>
			{(tableStale || memoryStale) && <p class="calc-stale-note">{t.stale}</p>}
			<div class="calc-section">
				<h4 id={`${ID}-sum`}>{t.summary}</h4>
				<SummaryTable
					t={t}
					lang={lang}
					input={figures.input}
					table={table}
					shown={shown.table}
					stale={tableStale}
				/>
			</div>
			<MemoryPanel
				t={t}
				lang={lang}
				choices={choices}
				idBase={`${ID}-mem`}
				settings={state.memory}
				onSettings={(change) => update((s) => ({ ...s, memory: { ...s.memory, ...change } }))}
				validity={validity}
				error={memory?.ok === false ? memory.message : undefined}
				shown={shown.memory}
				stale={memoryStale}
				summary={shown.table}
				isExercise2={state.preset === 'exercise2'}
			/>
			<LazyDetails class="calc-tools" summary={t.tools} load={loadTools}>
				{({ JsonTools }) => (
					<JsonTools
						key={gen}
						t={t}
						lang={lang}
						json={json}
						total={table.ok ? table.totalParams : undefined}
						onLoad={(m) => replace('custom', m)}
						idBase={`${ID}-json`}
					/>
				)}
			</LazyDetails>
		</ModeFrame>
	);
}
