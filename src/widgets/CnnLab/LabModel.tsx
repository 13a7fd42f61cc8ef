import '../Calculator/Calculator.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ModelJson } from '../../lib/cnn/index.ts';
import { defined } from '../../lib/defined.ts';
import { fill } from '../../lib/i18n/fill.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { LabSettings } from '../../lib/training/lab-run.ts';
import { LinkNotice } from '../Calculator/LinkNotice.tsx';
import { fromModelJson, toModelJson, type ModelState } from '../Calculator/model-state.ts';
import { MemoryBreakdown } from '../Calculator/MemoryBreakdown.tsx';
import { useMode } from '../Calculator/useMode.ts';
import { SummaryTable } from '../Calculator/SummaryTable.tsx';
import { mb } from '../Calculator/units.ts';
import { LazyDetails } from '../shared/LazyDetails.tsx';
import { StateLink } from '../shared/StateLink.tsx';
import { useOnDemand } from '../shared/useOnDemand.ts';
import {
	LAB_ACTIVATIONS,
	LAB_TYPES,
	labMemory,
	labModelState,
	type ComputedFigures,
	type LabModelProps,
	type LabModelState,
} from './lab-model.ts';
import type { LabPresetView } from './presets.ts';
import type { CnnLabStrings } from './strings.ts';

/** The calculator's engine calls (`full.ts`), loaded at the reader's first focus or touch. */
const loadEngine = () => import('../Calculator/full.ts');

/** The lab's link codec, loaded with a link to read or at the first change. */
const loadCodec = () => import('./lab-link.ts');

/** The calculator's layer editor, loaded when the reader first opens it. */
const loadEditor = () => import('../Calculator/LayerList.tsx');

/** The JSON field's reader (the engine's parser and the editor's checks). */
const loadReader = () => import('./custom.ts');

/** The lab's model: its state (mirrored in the URL), figures and changes. */
export type LabModel = ReturnType<typeof useLabModel>;

/**
 * The lab's model as question 2's calculator holds it (`useMode`, `full-state.ts`): state
 * mirrored in the page URL as `?lab=…` (read at once when a link carries it, refused with a
 * notice when damaged), the calculator's engine calls (`full.ts`) loaded at the first focus or
 * touch, and the summary and memory figures of the model for the reader's training settings
 * (float32, their batch size and optimizer). Until the engine arrives the figures are the
 * wrapper's, for the default preset and settings.
 */
export function useLabModel(
	presets: readonly LabPresetView[],
	props: LabModelProps,
	settings: LabSettings,
	lang: Lang,
) {
	// Bumped whenever the whole model is replaced, so the editor's fields drop half-typed text.
	const [gen, setGen] = useState(0);
	const [first] = useState(() => {
		const preset = defined(presets[0], 'the default lab preset');
		return labModelState(preset.id, preset.model);
	});
	const mode = useMode<LabModelState, typeof import('../Calculator/full.ts')>(
		first,
		loadEngine,
		loadCodec,
		() => reset(),
		'lab',
	);
	const reset = () => {
		setGen((g) => g + 1);
		mode.forget(() => false);
	};
	const memory = labMemory(settings);
	const { engine, state } = mode;
	const json = useMemo(() => toModelJson(state.model), [state.model]);
	const figures = useMemo(
		() => (engine ? engine.fullFigures(state.model, memory, lang) : props.initial),
		[engine, state.model, memory.batch, memory.optimizer],
	);
	const last = useRef<ComputedFigures>(props.initial);
	const { table } = figures;
	if (table.ok && figures.memory?.ok) last.current = { ...figures, table, memory: figures.memory };
	else if (table.ok) last.current = { ...last.current, table };
	const tableStale = !table.ok || mode.invalid.size > 0;
	return {
		...mode,
		gen,
		json,
		memory,
		figures,
		shown: last.current,
		tableStale,
		memoryStale: tableStale || !figures.memory?.ok,
		/** Edits the model; it is then the reader's own. */
		edit: (change: (model: ModelState) => ModelState) =>
			mode.update((s) => ({ preset: 'custom', model: change(s.model) })),
		/** Replaces the whole model (a preset, a paste). */
		replace: (preset: string, model: ModelJson) => {
			mode.update(() => ({ preset, model: fromModelJson(model) }));
			reset();
		},
	};
}

/**
 * The lab's model section: the preset menu, the model's summary table and the memory its
 * training takes (question 2's `SummaryTable` and `MemoryBreakdown`), the calculator's layer
 * editor (`LayerList`, loaded when first opened) and the JSON field, and the link to the same
 * model in question 2's calculator. The lab's root starts loading the engine at the first focus.
 */
export function LabModelSection(props: {
	lab: LabModel;
	presets: readonly LabPresetView[];
	model: LabModelProps;
	t: CnnLabStrings;
	lang: Lang;
	id: string;
	/** Says a sentence in the lab's live region. */
	announce: (text: string) => void;
}) {
	const { lab, presets, t, lang, id } = props;
	const mt = props.model.t;
	const { state, figures, shown, json } = lab;
	const n = (v: number) => formatNumber(v, lang);
	const preset = presets.find((p) => p.id === state.preset);
	const name = preset?.name ?? t.customName;
	const [reader, loadJsonReader] = useOnDemand(loadReader);
	const pretty = useMemo(() => JSON.stringify(json, null, 2), [json]);
	// The reader's text, kept until the model changes from elsewhere (editor, preset, link).
	const [draft, setDraft] = useState<{ text: string; of: ModelJson } | undefined>(undefined);
	const jsonText = draft?.of === json ? draft.text : pretty;
	const [jsonError, setJsonError] = useState('');

	const applyJson = async () => {
		const module = reader ?? (await loadJsonReader());
		const result = module.readCustomModel(jsonText, mt, lang);
		if (!result.ok) {
			setJsonError(result.message);
			return;
		}
		setJsonError('');
		setDraft(undefined);
		lab.replace('custom', result.json);
		props.announce(
			result.params === undefined
				? t.customBroken
				: fill(t.customApplied, { params: n(result.params) }),
		);
	};

	const failing =
		!figures.table.ok && figures.table.layer !== undefined
			? { index: figures.table.layer, message: figures.table.message }
			: undefined;
	const optimizer = lab.memory.optimizer === 'adam' ? t.adam : t.sgd;

	// Each new result is announced, as question 2 announces it; none while an entry is bad.
	const announced = useRef(`${shown.table.totalParams} ${shown.memory.total}`);
	useEffect(() => {
		const key = `${shown.table.totalParams} ${shown.memory.total}`;
		if (lab.memoryStale || key === announced.current) return;
		announced.current = key;
		props.announce(
			fill(mt.announceTotal, {
				params: n(shown.table.totalParams),
				memory: mb(shown.memory.total, lang),
			}),
		);
	}, [shown.table.totalParams, shown.memory.total, lab.memoryStale]);

	return (
		<div class="lab-model">
			<LinkNotice t={t} reason={lab.refusal?.(mt, lang)} />
			<div class="cnn-field">
				<label for={`${id}-preset`}>{t.preset}</label>
				<select
					id={`${id}-preset`}
					value={state.preset}
					onChange={(e) => {
						const chosen = presets.find((p) => p.id === e.currentTarget.value);
						if (chosen) lab.replace(chosen.id, chosen.model);
					}}
				>
					{presets.map((p) => (
						<option key={p.id} value={p.id}>
							{fill(t.presetParams, { name: p.name, params: n(p.totalParams) })}
						</option>
					))}
					{state.preset === 'custom' && (
						<option value="custom">
							{fill(t.presetParams, { name: t.customName, params: n(shown.table.totalParams) })}
						</option>
					)}
				</select>
			</div>
			{preset?.description && <p class="lab-note">{preset.description}</p>}

			<LazyDetails class="lab-details lab-editor calc" summary={t.editorSummary} load={loadEditor}>
				{({ LayerList }) => (
					<>
						<p class="lab-note">{t.editorHint}</p>
						<LayerList
							t={mt}
							lang={lang}
							model={state.model}
							values={figures.values}
							activations={LAB_ACTIVATIONS}
							types={LAB_TYPES}
							idBase={`${id}-layers`}
							gen={lab.gen}
							failing={failing}
							edit={lab.edit}
							onValidity={(fid, bad) => lab.validity(fid)(bad)}
							forget={lab.forget}
						/>
					</>
				)}
			</LazyDetails>

			<details class="lab-details lab-json">
				<summary>{t.jsonSummary}</summary>
				<div class="cnn-field">
					<label for={`${id}-json`}>{t.jsonLabel}</label>
					<textarea
						id={`${id}-json`}
						rows={12}
						spellcheck={false}
						value={jsonText}
						aria-invalid={jsonError ? 'true' : undefined}
						aria-describedby={jsonError ? `${id}-json-message` : `${id}-json-hint`}
						onInput={(e) => setDraft({ text: e.currentTarget.value, of: json })}
						onFocus={() => void loadJsonReader()}
					/>
					<span id={`${id}-json-hint`} class="cnn-field__hint">
						{t.jsonHint}
					</span>
					{jsonError && (
						<span id={`${id}-json-message`} class="cnn-field__error" role="alert">
							{jsonError}
						</span>
					)}
				</div>
				<button type="button" onClick={() => void applyJson()}>
					{t.jsonApply}
				</button>
			</details>

			{(lab.tableStale || lab.memoryStale) && <p class="calc-stale-note">{mt.stale}</p>}
			<div class="lab-model-figures">
				<section class="lab-summary calc" data-testid="lab-summary" aria-labelledby={`${id}-sum`}>
					<h5 id={`${id}-sum`}>{fill(t.summaryCaption, { name })}</h5>
					<SummaryTable
						t={mt}
						lang={lang}
						input={figures.input}
						table={figures.table}
						shown={shown.table}
						stale={lab.tableStale}
					/>
				</section>
				<section class="lab-memory calc" data-testid="lab-memory" aria-labelledby={`${id}-mem`}>
					<h5 id={`${id}-mem`}>{mt.memory}</h5>
					<p class="lab-note">{fill(t.memoryNote, { batch: n(lab.memory.batch), optimizer })}</p>
					{figures.memory?.ok === false && (
						<p class="calc-error" role="alert">
							{figures.memory.message}
						</p>
					)}
					<MemoryBreakdown
						t={mt}
						lang={lang}
						id={`${id}-mem`}
						shown={shown.memory}
						stale={lab.memoryStale}
					/>
				</section>
			</div>
			<p class="lab-links">
				<StateLink
					page={props.model.calcPage}
					load={loadCodec}
					href={(m) => m.calculatorHref(props.model.calcPage, json, lab.memory)}
					label={t.openInCalculator}
					describedBy={`${id}-calc-hint`}
					testId="open-in-calculator"
				/>{' '}
				<span id={`${id}-calc-hint`} class="lab-muted">
					{t.openInCalculatorHint}
				</span>
			</p>
		</div>
	);
}
