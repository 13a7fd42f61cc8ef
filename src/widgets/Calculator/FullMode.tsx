import '../shared/widget.css';
import './Calculator.css';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	CONVENTIONS,
	type MemoryReport,
	type ModelJson,
	type Summary,
} from '../../lib/cnn/index.ts';
import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { LiveRegion } from '../shared/LiveRegion.tsx';
import { LazyDetails } from '../shared/LazyDetails.tsx';
import { NumberField } from '../shared/NumberField.tsx';
import { analyse, estimateMemory } from './compute.ts';
import { CopyLink, LinkNotice } from './CopyLink.tsx';
import { LayerEditor } from './LayerEditor.tsx';
import { EDITABLE_TYPES, type EditableType } from './layers.ts';
import { RULES } from './rules.ts';
import { MemoryPanel } from './MemoryPanel.tsx';
import { Select } from './Select.tsx';
import { PRESET_KEYS, loadPreset } from './networks.ts';
import {
	addLayer,
	fromModelJson,
	initialState,
	moveLayer,
	removeLayer,
	setInput,
	setLayerField,
	setLayerType,
	toModelJson,
	type CalcState,
	type ModelState,
} from './state.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { FullStrings } from './strings.ts';
import { SummaryTable } from './SummaryTable.tsx';
import { useLinkState } from './useLinkState.ts';
import { mb } from './units.ts';

const ID = 'calc';

/** The link codec, loaded when a link is read or written. */
const loadCodec = () => import('./full-link.ts').then((m) => m.codec);

/** The engine's working behind each count, loaded when a reader first asks for it. */
const loadWorking = () => import('../../lib/cnn/working.ts');

/** The paste and export tools, loaded when a reader first opens them. */
const loadTools = () => import('./JsonTools.tsx');

/**
 * Question 2's full calculator: edit the network, read its summary, estimate its memory, compare
 * with the book, paste or export it. Everything is derived from the state on each render by the
 * engine (a VGG-16 summary takes well under a millisecond), so there is no second copy of any
 * figure to fall out of date.
 */
export default function FullMode({
	lang,
	t,
	exercise2,
}: {
	lang: Lang;
	t: FullStrings;
	/** Exercise 2's model, the first one shown, loaded from the registry by the wrapper. */
	exercise2: ModelJson;
}) {
	// Bumped whenever the whole model is replaced, so fields drop half-typed text.
	const [gen, setGen] = useState(0);
	const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
	const reset = () => {
		setGen((g) => g + 1);
		setInvalid(new Set());
	};
	const { state, update, refusal, link } = useLinkState<CalcState>(
		initialState(exercise2),
		loadCodec,
		reset,
	);
	const focusNext = useRef<string | undefined>(undefined);
	// Kept until the target exists: an effect of an earlier render can run after the click that set
	// it but before the render that adds the target (on a busy phone, effects wait for a frame).
	useEffect(() => {
		const target = focusNext.current && document.getElementById(focusNext.current);
		if (!target) return;
		target.focus();
		focusNext.current = undefined;
	});

	const json = useMemo(() => toModelJson(state.model), [state.model]);
	const analysis = useMemo(() => analyse(json), [json]);
	const memResult = analysis.ok ? estimateMemory(analysis.summary, state.memory) : undefined;
	const last = useRef<{ summary: Summary; report: MemoryReport } | undefined>(undefined);
	if (analysis.ok && memResult?.ok)
		last.current = { summary: analysis.summary, report: memResult.report };
	else if (analysis.ok && last.current)
		last.current = { ...last.current, summary: analysis.summary };
	const shown = last.current;
	const fieldsBad = invalid.size > 0;
	const tableStale = !analysis.ok || fieldsBad;
	const memoryStale = tableStale || !memResult?.ok;

	const layerId = (uid: number) => `${ID}-${gen}-L${uid}`;
	const onValidity = (id: string, bad: boolean) =>
		setInvalid((prev) => {
			if (prev.has(id) === bad) return prev;
			const next = new Set(prev);
			if (bad) next.add(id);
			else next.delete(id);
			return next;
		});
	const edit = (change: (model: ModelState) => ModelState) =>
		update((s) => ({ ...s, preset: 'custom', model: change(s.model) }));
	const replace = (preset: CalcState['preset'], model: ModelJson) => {
		update((s) => ({ ...s, preset, model: fromModelJson(model) }));
		reset();
	};

	const layers = state.model.layers;
	const [newType, setNewType] = useState<EditableType>('conv2d');
	const presetOptions =
		state.preset === 'custom' ? [...PRESET_KEYS, 'custom' as const] : PRESET_KEYS;

	return (
		<div class="cnn-widget calc not-content" data-calc="full">
			<LinkNotice t={t} reason={refusal?.(t, lang)} />
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
						options={CONVENTIONS}
						names={t.conventions}
						onChange={(convention) => edit((m) => ({ ...m, convention }))}
					/>
					<CopyLink t={t} link={link} />
				</div>
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
				<ol class="calc-layers">
					{layers.map((layer, index) => {
						const idBase = layerId(layer.uid);
						const failing =
							!analysis.ok && analysis.error.layer?.index === index
								? analysis.error.describe(lang)
								: undefined;
						return (
							<LayerEditor
								key={idBase}
								t={t}
								lang={lang}
								layer={layer}
								index={index}
								count={layers.length}
								idBase={idBase}
								error={failing}
								onField={(key, value) => edit((m) => setLayerField(m, layer.uid, key, value))}
								onType={(type) => edit((m) => setLayerType(m, layer.uid, type))}
								onMove={(delta) => {
									edit((m) => moveLayer(m, layer.uid, delta));
									const edge = index + delta === 0 || index + delta === layers.length - 1;
									focusNext.current = `${idBase}-${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`;
								}}
								onRemove={() => {
									edit((m) => removeLayer(m, layer.uid));
									setInvalid(
										(prev) => new Set([...prev].filter((id) => !id.startsWith(`${idBase}-`))),
									);
									const neighbour = layers[index + 1] ?? layers[index - 1];
									focusNext.current = neighbour ? `${layerId(neighbour.uid)}-remove` : `${ID}-new`;
								}}
								onValidity={onValidity}
							/>
						);
					})}
				</ol>
				<div class="calc-fields calc-add">
					<Select
						id={`${ID}-new`}
						label={t.newLayer}
						value={newType}
						options={EDITABLE_TYPES}
						names={t.types}
						onChange={setNewType}
					/>
					<button
						type="button"
						onClick={() => {
							edit((m) => addLayer(m, newType));
							const uid = layers.reduce((max, l) => Math.max(max, l.uid), 0) + 1;
							focusNext.current = `${layerId(uid)}-type`;
						}}
					>
						{t.add}
					</button>
				</div>
			</div>
			{shown && (
				<>
					{(tableStale || memoryStale) && <p class="calc-stale-note">{t.stale}</p>}
					<div class="calc-section">
						<h4 id={`${ID}-sum`}>{t.summary}</h4>
						<SummaryTable
							t={t}
							lang={lang}
							input={state.model.input}
							analysis={analysis}
							shown={shown.summary}
							stale={tableStale}
							loadWorking={loadWorking}
						/>
					</div>
					<MemoryPanel
						t={t}
						lang={lang}
						idBase={`${ID}-mem`}
						settings={state.memory}
						onSettings={(change) => update((s) => ({ ...s, memory: { ...s.memory, ...change } }))}
						onValidity={onValidity}
						result={memResult}
						shown={shown.report}
						stale={memoryStale}
						summary={shown.summary}
						isExercise2={state.preset === 'exercise2'}
					/>
				</>
			)}
			<LazyDetails class="calc-tools" summary={t.tools} load={loadTools}>
				{({ JsonTools }) => (
					<JsonTools
						key={gen}
						t={t}
						lang={lang}
						json={json}
						total={analysis.ok ? analysis.summary.totalParams : undefined}
						onLoad={(m) => replace('custom', m)}
						idBase={`${ID}-json`}
					/>
				)}
			</LazyDetails>
			<LiveRegion>
				{shown && !memoryStale
					? fill(t.announceTotal, {
							params: formatNumber(shown.summary.totalParams, lang),
							memory: mb(shown.report.total, lang),
						})
					: ''}
			</LiveRegion>
		</div>
	);
}
