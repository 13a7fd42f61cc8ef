import type { LayerType } from '../cnn/index.ts';

/**
 * The colour families of layers. Every widget that colours a layer (the architecture diagrams,
 * the dense-to-convolution heads, the calculator's summary) asks this module which family a layer
 * type belongs to, and the shared stylesheet (`src/widgets/shared/widget.css`) gives each family
 * one pair of custom properties, so a convolution is the same colour on every page and in both
 * themes. The legend (`src/widgets/shared/LayerLegend.tsx`) names them.
 */
export const LAYER_KINDS = [
	'input',
	'conv',
	'pool',
	'dense',
	'norm',
	'activation',
	'merge',
	'dropout',
	'reshape',
] as const;

/** A colour family: `cnn-kind-<kind>` is its class, `--cnn-layer-<kind>` its colour. */
export type LayerKind = (typeof LAYER_KINDS)[number];

/**
 * The family of each engine layer type. A `Record` over the engine's own list, so a layer type
 * added to `LAYER_TYPES` fails to compile until it is given a colour here.
 */
const KIND_OF: Readonly<Record<LayerType, LayerKind>> = {
	conv2d: 'conv',
	depthwiseConv2d: 'conv',
	separableConv2d: 'conv',
	conv2dTranspose: 'conv',
	maxPool2d: 'pool',
	avgPool2d: 'pool',
	globalAvgPool2d: 'pool',
	globalMaxPool2d: 'pool',
	flatten: 'reshape',
	dropout: 'dropout',
	activation: 'activation',
	lrn: 'norm',
	zeroPadding2d: 'reshape',
	upSampling2d: 'reshape',
	reshape: 'reshape',
	dense: 'dense',
	batchNorm: 'norm',
	add: 'merge',
	multiply: 'merge',
	concat: 'merge',
};

/** The colour family of an engine layer type, or of the model's input. */
export function layerKind(type: LayerType | 'input'): LayerKind {
	return type === 'input' ? 'input' : KIND_OF[type];
}

/** The class that gives an element its family's colours (`--cnn-kind`, `--cnn-kind-low`). */
export function kindClass(kind: LayerKind): string {
	return `cnn-kind-${kind}`;
}

/** The families present in a list of layer types, in legend order, each once. */
export function kindsOf(types: Iterable<LayerType | 'input'>): LayerKind[] {
	const present = new Set<LayerKind>();
	for (const type of types) present.add(layerKind(type));
	return LAYER_KINDS.filter((kind) => present.has(kind));
}
