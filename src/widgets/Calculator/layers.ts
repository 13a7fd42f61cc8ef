import type { NumberRule } from '../../lib/i18n/number-input.ts';
import type { LayerJson, LayerType } from '../../lib/cnn/index.ts';
import { RULES } from './rules.ts';
import { isOneOf } from '../../lib/one-of.ts';

/**
 * The layer types the calculator edits, their fields and the limits of each field. The engine
 * knows more types; these are the ones the chapter's questions need, and keeping the list short
 * keeps the editor (and the page's JavaScript) small. The limits themselves, and the helpers the
 * other modes share, are in `rules.ts`, so questions 1 and 3 do not download the editor's tables.
 */

/** Layer types a reader can add, in the order the menu lists them. */
export const EDITABLE_TYPES = [
	'conv2d',
	'depthwiseConv2d',
	'separableConv2d',
	'maxPool2d',
	'avgPool2d',
	'globalAvgPool2d',
	'flatten',
	'dense',
	'batchNorm',
	'dropout',
] as const satisfies readonly LayerType[];

/** One of {@link EDITABLE_TYPES}. */
export type EditableType = (typeof EDITABLE_TYPES)[number];

/** Whether a layer type from pasted JSON or a link is one the editor can show. */
export function isEditableType(type: unknown): type is EditableType {
	return isOneOf(type, EDITABLE_TYPES);
}

/** What a new layer of each type starts as: common, valid choices on most inputs. */
export const TEMPLATES: Readonly<Record<EditableType, LayerJson>> = {
	conv2d: { type: 'conv2d', filters: 32, kernel: 3, padding: 'same', activation: 'relu' },
	depthwiseConv2d: { type: 'depthwiseConv2d', kernel: 3, padding: 'same', activation: 'relu' },
	separableConv2d: {
		type: 'separableConv2d',
		filters: 64,
		kernel: 3,
		padding: 'same',
		activation: 'relu',
	},
	maxPool2d: { type: 'maxPool2d', pool: 2 },
	avgPool2d: { type: 'avgPool2d', pool: 2 },
	globalAvgPool2d: { type: 'globalAvgPool2d' },
	flatten: { type: 'flatten' },
	dense: { type: 'dense', units: 10, activation: 'softmax' },
	batchNorm: { type: 'batchNorm' },
	dropout: { type: 'dropout', rate: 0.5 },
};

/** A field the editor shows; each has one kind of control. */
export type FieldKey =
	| 'filters'
	| 'units'
	| 'kernel'
	| 'pool'
	| 'strides'
	| 'padding'
	| 'depthMultiplier'
	| 'activation'
	| 'useBias'
	| 'rate';

/** The fields each type shows, in the order a framework's constructor takes them. */
export const FIELDS: Readonly<Record<EditableType, readonly FieldKey[]>> = {
	conv2d: ['filters', 'kernel', 'strides', 'padding', 'activation', 'useBias'],
	depthwiseConv2d: ['kernel', 'strides', 'padding', 'depthMultiplier', 'activation', 'useBias'],
	separableConv2d: [
		'filters',
		'kernel',
		'strides',
		'padding',
		'depthMultiplier',
		'activation',
		'useBias',
	],
	maxPool2d: ['pool', 'strides', 'padding'],
	avgPool2d: ['pool', 'strides', 'padding'],
	globalAvgPool2d: [],
	flatten: [],
	dense: ['units', 'activation', 'useBias'],
	batchNorm: [],
	dropout: ['rate'],
};

/** The rule for a numeric field. */
export const FIELD_RULES: Readonly<Partial<Record<FieldKey, NumberRule>>> = {
	filters: RULES.count,
	units: RULES.count,
	kernel: RULES.window,
	pool: RULES.window,
	strides: RULES.window,
	depthMultiplier: RULES.depthMultiplier,
	rate: RULES.rate,
};

/** Most layers a model may have in the editor; VGG-16, the largest preset, has 22. */
export const MAX_LAYERS = 64;

/** A copy of the layer with one field set, or removed when `value` is undefined. */
export function withField(layer: LayerJson, key: string, value: unknown): LayerJson {
	if (value !== undefined) return { ...layer, [key]: value };
	const copy: Readonly<Record<string, unknown>> = { ...layer };
	const { [key]: _removed, ...rest } = copy;
	return rest as unknown as LayerJson;
}
