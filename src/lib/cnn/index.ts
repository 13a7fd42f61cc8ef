/**
 * The CNN engine's public API: everything a widget or the command line needs, and nothing that
 * would make a page heavier. Presets are deliberately not re-exported here; import them from
 * `./presets/index.ts`, which loads each model on demand.
 */
export { CnnError, type ErrorCode, type ErrorParams, type LayerRef } from './errors.ts';
export { fieldDefault, hasField, parseModel } from './validate.ts';
export { attempt, parseJson, summary, trySummary, type Result } from './summary.ts';
export { featureMapOf, layerRow } from './read.ts';
export {
	BYTES_PER_VALUE,
	DTYPES,
	memory,
	MODES,
	OPTIMIZER_SLOTS,
	OPTIMIZERS,
	toMB,
	toMiB,
	tryMemory,
	type Dtype,
	type MemoryItem,
	type MemoryItemKey,
	type MemoryOptions,
	type MemoryReport,
	type Mode,
	type Optimizer,
} from './memory.ts';
export { working } from './working.ts';
export {
	convOutputSize,
	convTransposeOutputSize,
	formatShape,
	isFeatureMap,
	lastAxis,
	type ConvAxisOptions,
} from './shapes.ts';
export {
	ACTIVATIONS,
	CONVENTIONS,
	LAYER_TYPES,
	type Activation,
	type Convention,
	type FeatureMap,
	type Inputs,
	type Layer,
	type LayerJson,
	type LayerSummary,
	type LayerType,
	type Model,
	type ModelJson,
	type Shape,
	type Summary,
} from './types.ts';
