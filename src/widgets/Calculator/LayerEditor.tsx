import type { Activation } from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { NumberRule } from '../../lib/i18n/number-input.ts';
import { NumberField } from '../shared/NumberField.tsx';
import {
	EDITABLE_TYPES,
	FIELDS,
	FIELD_RULES,
	isEditableType,
	type EditableType,
	type FieldKey,
} from './layers.ts';
import { RULES, pairJson, pairOf } from './rules.ts';
import type { FieldValues } from './full.ts';
import type { EditorLayer } from './full-state.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { ModelStrings } from './strings.ts';
import { Select } from '../shared/Select.tsx';
import { kindClass, layerKind } from '../../lib/diagram/layer-kind.ts';

/** What a layer's controls report back to the editor. */
export interface LayerEditorProps {
	t: ModelStrings;
	lang: Lang;
	layer: EditorLayer;
	/**
	 * The types its type menu offers (the calculator: every editable type; the CNN lab: the ones it
	 * trains). A layer of another type, pasted or linked, keeps its own in the menu.
	 */
	types?: readonly EditableType[] | undefined;
	/** What each field shows: the layer's own value, or the engine's default (`full.ts`). */
	values: FieldValues;
	/** The engine's activations, for the activation menu. */
	activations: readonly Activation[];
	/** Position from 0, and how many layers there are (for the move buttons). */
	index: number;
	count: number;
	/** Prefix of the controls' ids; unique per layer and per model load. */
	idBase: string;
	/** The engine's message when this layer cannot be computed. */
	error?: string | undefined;
	onField: (key: string, value: unknown) => void;
	onType: (type: EditableType) => void;
	onMove: (delta: -1 | 1) => void;
	onRemove: () => void;
	onValidity: (id: string, invalid: boolean) => void;
}

/**
 * A size that is one number for both axes, or two when the JSON has `[h, w]` with different
 * values: one field when square (how people think of a 3×3 kernel), two otherwise, so pasted
 * non-square kernels stay editable.
 */
function PairField(props: {
	id: string;
	label: string;
	value: readonly [number, number];
	rule: NumberRule;
	p: LayerEditorProps;
	onPair: (pair: [number, number]) => void;
}) {
	const { id, label, value, rule, p, onPair } = props;
	const validity = (fid: string) => (bad: boolean) => p.onValidity(fid, bad);
	if (value[0] === value[1]) {
		return (
			<NumberField
				id={id}
				label={label}
				value={value[0]}
				rule={rule}
				lang={p.lang}
				onValue={(v) => onPair([v, v])}
				onValidity={validity(id)}
			/>
		);
	}
	return (
		<>
			{([0, 1] as const).map((axis) => (
				<NumberField
					key={axis}
					id={`${id}-${axis}`}
					label={`${label} (${axis === 0 ? p.t.axisH : p.t.axisW})`}
					value={value[axis]}
					rule={rule}
					lang={p.lang}
					onValue={(v) => onPair(axis === 0 ? [v, value[1]] : [value[0], v])}
					onValidity={validity(`${id}-${axis}`)}
				/>
			))}
		</>
	);
}

/** One field's control, chosen by the field's kind. */
function Field(props: { p: LayerEditorProps; type: EditableType; field: FieldKey }) {
	const { p, field } = props;
	const { t, lang } = p;
	const id = `${p.idBase}-${field}`;
	const label = t.fields[field];
	const value = p.values[field];
	switch (field) {
		case 'activation':
			return (
				<Select
					id={id}
					label={label}
					value={String(value)}
					options={
						p.activations.includes(value as Activation)
							? p.activations
							: [...p.activations, value as Activation]
					}
					onChange={(a) => p.onField(field, a)}
				/>
			);
		case 'useBias':
			return (
				<div class="cnn-field calc-check">
					<label>
						<input
							type="checkbox"
							id={id}
							checked={value === true}
							onChange={(e) => p.onField(field, e.currentTarget.checked ? undefined : false)}
						/>{' '}
						{label}
					</label>
				</div>
			);
		case 'padding': {
			const kind = value === 'valid' || value === 'same' ? value : 'explicit';
			return (
				<>
					<Select
						id={id}
						label={label}
						value={kind}
						options={['valid', 'same', 'explicit'] as const}
						names={t.paddings}
						onChange={(next) =>
							p.onField(field, next === 'explicit' ? 1 : next === 'valid' ? undefined : next)
						}
					/>
					{kind === 'explicit' && (
						<PairField
							id={`${id}-amount`}
							label={t.paddingAmount}
							value={pairOf(value, [0, 0])}
							rule={RULES.padding}
							p={p}
							onPair={(pair) => p.onField(field, pairJson(pair))}
						/>
					)}
				</>
			);
		}
		case 'kernel':
		case 'pool':
		case 'strides':
			return (
				<PairField
					id={id}
					label={label}
					value={pairOf(value, [1, 1])}
					rule={RULES.window}
					p={p}
					onPair={(pair) => p.onField(field, pairJson(pair))}
				/>
			);
		default:
			return (
				<NumberField
					id={id}
					label={label}
					value={Number(value)}
					rule={FIELD_RULES[field] ?? RULES.count}
					lang={lang}
					onValue={(v) => p.onField(field, v)}
					onValidity={(bad) => p.onValidity(id, bad)}
				/>
			);
	}
}

/**
 * One layer of the editor: its type, its fields (labelled native controls), and buttons to move
 * or remove it, each named with the layer's number so a screen reader knows which layer it acts on.
 */
export function LayerEditor(p: LayerEditorProps) {
	const { t, layer, index, count } = p;
	const type = layer.json.type;
	if (!isEditableType(type)) return null;
	const n = index + 1;
	const typeId = `${p.idBase}-type`;
	const fields = FIELDS[type];
	return (
		<li class={`calc-layer ${kindClass(layerKind(type))}${p.error ? ' calc-layer--error' : ''}`}>
			<fieldset aria-describedby={p.error ? `${p.idBase}-error` : undefined}>
				<legend>
					{fill(t.layer, { n })}
					{layer.json.name ? ` · ${layer.json.name}` : ''}
				</legend>
				<div class="calc-fields">
					<Select
						id={typeId}
						label={t.type}
						value={type}
						options={
							p.types === undefined || p.types.includes(type)
								? (p.types ?? EDITABLE_TYPES)
								: [...p.types, type]
						}
						names={t.types}
						onChange={p.onType}
					/>
					{fields.map((f) => (
						<Field key={f} p={p} type={type} field={f} />
					))}
					{fields.length === 0 && <p class="calc-muted">{t.noFields}</p>}
				</div>
				{p.error && (
					<p id={`${p.idBase}-error`} class="calc-error">
						{p.error}
					</p>
				)}
				<div class="calc-layer__actions">
					{(
						[
							['up', -1, t.moveUp, '↑', index === 0],
							['down', 1, t.moveDown, '↓', index === count - 1],
						] as const
					).map(([where, by, words, arrow, last]) => (
						<button
							key={where}
							type="button"
							id={`${p.idBase}-${where}`}
							aria-label={fill(words, { n })}
							title={fill(words, { n })}
							disabled={last}
							onClick={() => p.onMove(by)}
						>
							{arrow}
						</button>
					))}
					<button
						type="button"
						id={`${p.idBase}-remove`}
						aria-label={fill(t.remove, { n })}
						title={fill(t.remove, { n })}
						onClick={p.onRemove}
					>
						✕
					</button>
				</div>
			</fieldset>
		</li>
	);
}
