import type { Activation, ModelJson, Optimizer } from '../../lib/cnn/index.ts';
import type { LabSettings } from '../../lib/training/lab-run.ts';
import { fromModelJson, type MemorySettings, type ModelState } from '../Calculator/model-state.ts';
import type { FullFigures, MemoryFigures, SummaryFigures } from '../Calculator/full.ts';
import type { EditableType } from '../Calculator/layers.ts';
import type { ModelStrings } from '../Calculator/strings.ts';

/*
 * The lab's model as the calculator's editor holds it, so the lab edits, counts and links a model
 * with the calculator's own state functions (`full-state.ts`), figures (`full.ts`) and checks
 * (`editable.ts`): one format, one editor. Nothing here computes; it only says what the lab offers.
 */

/** The lab's model: the preset it came from (a `LAB_PRESETS` ID) or `custom`, and the model. */
export interface LabModelState {
	readonly preset: string;
	readonly model: ModelState;
}

/**
 * The layer types the lab's editor offers: the ones the trainer trains (`src/lib/training`). A
 * model linked or pasted with another type keeps it, and Train is refused with the trainer's
 * reason.
 */
export const LAB_TYPES = [
	'conv2d',
	'maxPool2d',
	'avgPool2d',
	'flatten',
	'dense',
	'dropout',
] as const satisfies readonly EditableType[];

/** The activations the trainer computes (softmax only last), for the editor's menu. */
export const LAB_ACTIVATIONS = [
	'relu',
	'linear',
	'softmax',
] as const satisfies readonly Activation[];

/** The lab's first state: a preset's model, as the editor holds it. */
export function labModelState(preset: string, json: ModelJson): LabModelState {
	return { preset, model: fromModelJson(json) };
}

/**
 * The memory the lab's training takes, as the calculator's memory estimate counts it: training
 * in float32 with the reader's batch size, and the optimizer's state (Adam's two moments, SGD's
 * velocity when its momentum is not 0).
 */
export function labMemory(
	settings: Pick<LabSettings, 'batchSize' | 'optimizer' | 'momentum'>,
): MemorySettings {
	const optimizer: Optimizer =
		settings.optimizer === 'adam' ? 'adam' : settings.momentum > 0 ? 'momentum' : 'sgd';
	return { batch: settings.batchSize, dtype: 'float32', mode: 'training', optimizer };
}

/** Figures the engine computed in full: a summary and a memory estimate. */
export type ComputedFigures = FullFigures & {
	readonly table: SummaryFigures;
	readonly memory: Extract<MemoryFigures, { ok: true }>;
};

/** The build's part of the lab's model section (`labModelProps` in `presets.ts`). */
export interface LabModelProps {
	/** The calculator's words for the pieces the lab shares with it. */
	readonly t: ModelStrings;
	/** The default preset's figures, computed at build time. */
	readonly initial: ComputedFigures;
	/** Question 2's page in this language, for "Open in the calculator". */
	readonly calcPage: string;
}
