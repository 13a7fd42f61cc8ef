import {
	parseModel,
	summary,
	type LayerJson,
	type LayerSummary,
	type Shape,
} from '../../../lib/cnn/index.ts';

/**
 * The engine's summary of the last layer of a small model, so each answer key about a layer's
 * parameters, output or multiply–accumulates is the engine's own figure, not a retyped one.
 */
export function lastLayer(input: Shape, layers: readonly LayerJson[]): LayerSummary {
	const rows = summary(parseModel({ input, layers })).layers;
	const row = rows[rows.length - 1];
	if (!row) throw new Error('a self-check model needs at least one layer');
	return row;
}
