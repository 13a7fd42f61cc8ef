import { useEffect, useRef, useState } from 'preact/hooks';
import type { Activation } from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { Select } from '../shared/Select.tsx';
import type { FieldValues } from './full.ts';
import {
	addLayer,
	moveLayer,
	removeLayer,
	setLayerField,
	setLayerType,
	type ModelState,
} from './full-state.ts';
import { LayerEditor } from './LayerEditor.tsx';
import { EDITABLE_TYPES, type EditableType } from './layers.ts';
import type { ModelStrings } from './strings.ts';

/**
 * The layer editor of a whole model: one {@link LayerEditor} per layer, then a menu and a button
 * to add a layer. Question 2's calculator and the CNN lab both edit their model with it, through
 * the pure changes of `full-state.ts`. After a move, a removal or an addition, the focus goes to
 * the control the reader would press next (the same arrow, the next layer's remove button, the
 * new layer's type), so a keyboard user never loses their place.
 */
export function LayerList(props: {
	t: ModelStrings;
	lang: Lang;
	model: ModelState;
	/** What each layer's fields show (`full.ts`'s `values`), by position. */
	values: readonly FieldValues[];
	activations: readonly Activation[];
	/** The types offered; every editable type unless given (the lab offers those it trains). */
	types?: readonly EditableType[] | undefined;
	/** Prefix of every id, and the model's load count (new ids drop half-typed text). */
	idBase: string;
	gen: number;
	/** The failing layer and the engine's message, when the model cannot be computed. */
	failing?: { readonly index: number; readonly message: string } | undefined;
	/** Applies a change to the model. */
	edit: (change: (model: ModelState) => ModelState) => void;
	/** A field's `onValidity`, by the field's id. */
	onValidity: (id: string, bad: boolean) => void;
	/** Forgets the bad entries of the fields `keep` rejects (those of a removed layer). */
	forget: (keep: (id: string) => boolean) => void;
}) {
	const { t, lang, model, edit, idBase } = props;
	const types = props.types ?? EDITABLE_TYPES;
	const layers = model.layers;
	const [newType, setNewType] = useState<EditableType>('conv2d');
	const focusNext = useRef<string | undefined>(undefined);
	// Kept until the target exists: an effect of an earlier render can run after the click that set
	// it but before the render that adds the target (on a busy phone, effects wait for a frame).
	useEffect(() => {
		const target = focusNext.current && document.getElementById(focusNext.current);
		if (!target) return;
		target.focus();
		focusNext.current = undefined;
	});
	const layerId = (uid: number) => `${idBase}-${props.gen}-L${uid}`;

	return (
		<>
			<ol class="calc-layers">
				{layers.map((layer, index) => {
					const id = layerId(layer.uid);
					return (
						<LayerEditor
							key={id}
							t={t}
							lang={lang}
							layer={layer}
							values={props.values[index] ?? {}}
							activations={props.activations}
							types={props.types}
							index={index}
							count={layers.length}
							idBase={id}
							error={props.failing?.index === index ? props.failing.message : undefined}
							onField={(key, value) => edit((m) => setLayerField(m, layer.uid, key, value))}
							onType={(type) => edit((m) => setLayerType(m, layer.uid, type))}
							onMove={(delta) => {
								edit((m) => moveLayer(m, layer.uid, delta));
								const edge = index + delta === 0 || index + delta === layers.length - 1;
								focusNext.current = `${id}-${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`;
							}}
							onRemove={() => {
								edit((m) => removeLayer(m, layer.uid));
								props.forget((fid) => !fid.startsWith(`${id}-`));
								const neighbour = layers[index + 1] ?? layers[index - 1];
								focusNext.current = neighbour
									? `${layerId(neighbour.uid)}-remove`
									: `${idBase}-new`;
							}}
							onValidity={props.onValidity}
						/>
					);
				})}
			</ol>
			<div class="calc-fields calc-add">
				<Select
					id={`${idBase}-new`}
					label={t.newLayer}
					value={types.includes(newType) ? newType : (types[0] ?? 'conv2d')}
					options={types}
					names={t.types}
					onChange={setNewType}
				/>
				<button
					type="button"
					onClick={() => {
						const type = types.includes(newType) ? newType : (types[0] ?? 'conv2d');
						edit((m) => addLayer(m, type));
						const uid = layers.reduce((max, l) => Math.max(max, l.uid), 0) + 1;
						focusNext.current = `${layerId(uid)}-type`;
					}}
				>
					{t.add}
				</button>
			</div>
		</>
	);
}
