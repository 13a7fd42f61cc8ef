/**
 * The model format, twice: the loose JSON a person writes (`ModelJson`, with defaults left out and
 * `3` meaning `[3, 3]`) and the checked, normalised form the engine computes on (`Model`, every
 * default filled in, every pair spelled out). Keeping both lets presets and widgets be type-checked
 * as they are written while the rules never have to handle a missing field.
 */

/**
 * How batch normalisation is counted. Keras reports the moving mean and variance as
 * non-trainable parameters; PyTorch keeps them as buffers that `parameters()` does not list.
 */
export type Convention = (typeof CONVENTIONS)[number];

/** The counting conventions, Keras's (the default) first; a picker lists them from here. */
export const CONVENTIONS = ['keras', 'pytorch'] as const;

/** A tensor shape without the batch axis, channels last: `[H, W, C]` for images, `[N]` for vectors. */
export type Shape = readonly number[];

/** A shape of rank 3, `[H, W, C]`: what spatial layers require (see `requireFeatureMap`). */
export type FeatureMap = readonly [height: number, width: number, channels: number];

/**
 * The input shapes of one layer, in the order of its `inputs`. `resolveGraph` lets through exactly
 * one for an ordinary layer and two or more for a merge, so there is always a first.
 */
export type Inputs = readonly [Shape, ...Shape[]];

/** Height and width, in that order, for kernels, strides, dilations and sizes. */
export type Pair = readonly [number, number];

/**
 * `"valid"` (no padding), `"same"` (Keras: output = ceil(input / stride)) or explicit, symmetric
 * zero padding `[h, w]` added to each side as in PyTorch.
 */
export type Padding = 'valid' | 'same' | Pair;

/** Explicit zero padding `[top, bottom, left, right]`, the form Keras's `ZeroPadding2D` allows. */
export type Padding4 = readonly [number, number, number, number];

/** Activation names as Keras and TensorFlow.js spell them, so a model can be rebuilt there. */
export const ACTIVATIONS = [
	'linear',
	'relu',
	'relu6',
	'elu',
	'selu',
	'sigmoid',
	'hardSigmoid',
	'tanh',
	'softmax',
	'softplus',
	'softsign',
	'swish',
	'gelu',
] as const;

/** An activation function; it never changes a shape or adds a parameter. */
export type Activation = (typeof ACTIVATIONS)[number];

/**
 * Every layer type the engine understands. The list is the single source for validation messages
 * ("known types: …") and for the random models of the property tests.
 */
export const LAYER_TYPES = [
	'conv2d',
	'depthwiseConv2d',
	'separableConv2d',
	'conv2dTranspose',
	'maxPool2d',
	'avgPool2d',
	'globalAvgPool2d',
	'globalMaxPool2d',
	'flatten',
	'dropout',
	'activation',
	'lrn',
	'zeroPadding2d',
	'upSampling2d',
	'reshape',
	'dense',
	'batchNorm',
	'add',
	'multiply',
	'concat',
] as const;

/** A layer type name as written in the JSON `type` field. */
export type LayerType = (typeof LAYER_TYPES)[number];

/** What every checked layer carries, whatever its type: where it sits and what it reads. */
interface LayerBase<T extends LayerType> {
	readonly type: T;
	/** The given name, or a Keras-style default (`conv2d`, `conv2d_1`, …). */
	readonly name: string;
	/** Position in `Model.layers`, counted from 0; messages show it counted from 1. */
	readonly index: number;
	/** Names of the tensors it reads: `"input"` or other layers' names. Always filled in. */
	readonly inputs: readonly string[];
}

/** The fields of a kernel that slides over its input, shared by the convolutions below. */
export interface SlidingWindow {
	readonly kernel: Pair;
	readonly strides: Pair;
	readonly padding: Padding;
	readonly dilation: Pair;
}

/** A 2-D convolution; `groups` > 1 splits channels into independent groups as in PyTorch. */
export interface Conv2DLayer extends LayerBase<'conv2d'>, SlidingWindow {
	readonly filters: number;
	readonly groups: number;
	readonly useBias: boolean;
	readonly activation: Activation;
}

/** One filter (or `depthMultiplier` filters) per input channel, as in MobileNet and Xception. */
export interface DepthwiseConv2DLayer extends LayerBase<'depthwiseConv2d'>, SlidingWindow {
	readonly depthMultiplier: number;
	readonly useBias: boolean;
	readonly activation: Activation;
}

/** A depthwise convolution followed by a 1×1 pointwise one, counted as one layer as in Keras. */
export interface SeparableConv2DLayer extends LayerBase<'separableConv2d'>, SlidingWindow {
	readonly filters: number;
	readonly depthMultiplier: number;
	readonly useBias: boolean;
	readonly activation: Activation;
}

/** A transposed ("de-") convolution that upsamples by its stride. */
export interface Conv2DTransposeLayer extends LayerBase<'conv2dTranspose'> {
	readonly filters: number;
	readonly kernel: Pair;
	readonly strides: Pair;
	readonly padding: Padding;
	readonly useBias: boolean;
	readonly activation: Activation;
}

/** Max or average pooling over windows; `ceilMode` is PyTorch's rounding-up option. */
export interface Pool2DLayer extends LayerBase<'maxPool2d' | 'avgPool2d'> {
	readonly pool: Pair;
	readonly strides: Pair;
	readonly padding: Padding;
	readonly ceilMode: boolean;
}

/** Pools each channel over the whole feature map, turning `[H, W, C]` into `[C]`. */
export type GlobalPool2DLayer = LayerBase<'globalAvgPool2d' | 'globalMaxPool2d'>;

/** Flattens any shape into a vector; a view in memory terms (see `memory.ts`). */
export type FlattenLayer = LayerBase<'flatten'>;

/** Randomly zeroes a fraction `rate` of its inputs while training. */
export interface DropoutLayer extends LayerBase<'dropout'> {
	readonly rate: number;
}

/** A stand-alone activation, for when it must come after batch normalisation. */
export interface ActivationLayer extends LayerBase<'activation'> {
	readonly fn: Activation;
}

/** Local response normalisation (AlexNet, GoogLeNet); the fields follow `tf.nn.lrn`. */
export interface LrnLayer extends LayerBase<'lrn'> {
	readonly depthRadius: number;
	readonly bias: number;
	readonly alpha: number;
	readonly beta: number;
}

/** Adds rows and columns of zeros around a feature map. */
export interface ZeroPadding2DLayer extends LayerBase<'zeroPadding2d'> {
	readonly padding: Padding4;
}

/** Repeats rows and columns `size` times (nearest-neighbour upsampling). */
export interface UpSampling2DLayer extends LayerBase<'upSampling2d'> {
	readonly size: Pair;
}

/** Reinterprets the values in a new shape; one entry may be -1 to be inferred. */
export interface ReshapeLayer extends LayerBase<'reshape'> {
	readonly shape: readonly number[];
}

/** A fully connected layer applied to the last axis, as in Keras. */
export interface DenseLayer extends LayerBase<'dense'> {
	readonly units: number;
	readonly useBias: boolean;
	readonly activation: Activation;
}

/** Batch normalisation over the last axis; `center` is β and `scale` is γ. */
export interface BatchNormLayer extends LayerBase<'batchNorm'> {
	readonly center: boolean;
	readonly scale: boolean;
	readonly epsilon: number;
	readonly momentum: number;
}

/** Element-wise sum or product, or concatenation along channels, of two or more tensors. */
export type MergeLayer = LayerBase<'add' | 'multiply' | 'concat'>;

/** Any checked layer; switch on `type` to reach its fields. */
export type Layer =
	| Conv2DLayer
	| DepthwiseConv2DLayer
	| SeparableConv2DLayer
	| Conv2DTransposeLayer
	| Pool2DLayer
	| GlobalPool2DLayer
	| FlattenLayer
	| DropoutLayer
	| ActivationLayer
	| LrnLayer
	| ZeroPadding2DLayer
	| UpSampling2DLayer
	| ReshapeLayer
	| DenseLayer
	| BatchNormLayer
	| MergeLayer;

/**
 * A checked model: what `parseModel` returns and every other function takes. It also carries the
 * resolved graph so that no later step has to look names up again.
 */
export interface Model {
	readonly name: string;
	readonly convention: Convention;
	readonly input: Shape;
	readonly layers: readonly Layer[];
	/** For each layer, the indices of the layers it reads; -1 is the model input. */
	readonly sources: readonly (readonly number[])[];
	/** Layer indices in an order where every layer comes after the layers it reads. */
	readonly order: readonly number[];
}

/** A size written as one number for both axes or as `[h, w]`. */
export type IntOrPair = number | readonly [number, number];

/** Padding as written in JSON: a keyword, one amount for every side, or `[h, w]`. */
export type PaddingJson = 'valid' | 'same' | IntOrPair;

interface LayerJsonBase<T extends LayerType> {
	readonly type: T;
	readonly name?: string;
	readonly inputs?: readonly string[];
}

/** The sliding-window fields every convolution takes in JSON. */
interface WindowJson {
	readonly kernel: IntOrPair;
	readonly strides?: IntOrPair;
	readonly padding?: PaddingJson;
	readonly useBias?: boolean;
	readonly activation?: Activation;
}

/** The fields of a depthwise convolution, alone or as the first half of a separable one. */
interface DepthwiseJson extends WindowJson {
	readonly dilation?: IntOrPair;
	readonly depthMultiplier?: number;
}

/**
 * A layer as written in JSON. These types exist so presets and tests are checked by the compiler;
 * `parseModel` still validates anything it is given at run time.
 */
export type LayerJson =
	| (LayerJsonBase<'conv2d'> &
			WindowJson & {
				readonly filters: number;
				readonly dilation?: IntOrPair;
				readonly groups?: number;
			})
	| (LayerJsonBase<'depthwiseConv2d'> & DepthwiseJson)
	| (LayerJsonBase<'separableConv2d'> & DepthwiseJson & { readonly filters: number })
	| (LayerJsonBase<'conv2dTranspose'> & WindowJson & { readonly filters: number })
	| (LayerJsonBase<'maxPool2d' | 'avgPool2d'> & {
			readonly pool: IntOrPair;
			readonly strides?: IntOrPair;
			readonly padding?: PaddingJson;
			readonly ceilMode?: boolean;
	  })
	| LayerJsonBase<'globalAvgPool2d' | 'globalMaxPool2d' | 'flatten' | 'add' | 'multiply' | 'concat'>
	| (LayerJsonBase<'dropout'> & { readonly rate: number })
	| (LayerJsonBase<'activation'> & { readonly fn: Activation })
	| (LayerJsonBase<'lrn'> & {
			readonly depthRadius?: number;
			readonly bias?: number;
			readonly alpha?: number;
			readonly beta?: number;
	  })
	| (LayerJsonBase<'zeroPadding2d'> & {
			readonly padding?:
				IntOrPair | readonly [readonly [number, number], readonly [number, number]];
	  })
	| (LayerJsonBase<'upSampling2d'> & { readonly size?: IntOrPair })
	| (LayerJsonBase<'reshape'> & { readonly shape: readonly number[] })
	| (LayerJsonBase<'dense'> & {
			readonly units: number;
			readonly useBias?: boolean;
			readonly activation?: Activation;
	  })
	| (LayerJsonBase<'batchNorm'> & {
			readonly center?: boolean;
			readonly scale?: boolean;
			readonly epsilon?: number;
			readonly momentum?: number;
	  });

/** A model as written in JSON; see `README.md` in this folder for the format. */
export interface ModelJson {
	readonly name?: string;
	readonly convention?: Convention;
	readonly input: readonly number[];
	readonly layers: readonly LayerJson[];
}

/** One row of a summary: the figures a framework would print for this layer. */
export interface LayerSummary {
	readonly index: number;
	readonly name: string;
	readonly type: LayerType;
	/** The checked layer, so that callers such as `working` can read its fields. */
	readonly layer: Layer;
	readonly inputs: readonly string[];
	readonly inputShapes: Inputs;
	readonly outputShape: Shape;
	/** Values in the output for one example: the product of `outputShape`. */
	readonly outputSize: number;
	readonly params: number;
	readonly trainableParams: number;
	readonly nonTrainableParams: number;
	/** Multiply–accumulate operations for one example (see `README.md`). */
	readonly macs: number;
}

/** The result of `summary`: one row per layer in the order written, plus totals. */
export interface Summary {
	readonly name: string;
	readonly convention: Convention;
	readonly inputShape: Shape;
	/** Rows in the order of `Model.layers`. */
	readonly layers: readonly LayerSummary[];
	/** Row indices in computation (topological) order. */
	readonly order: readonly number[];
	/** Per row, the indices of the rows it reads; -1 is the model input. */
	readonly sources: readonly (readonly number[])[];
	/** Names of the layers nobody reads: the model's outputs. */
	readonly outputs: readonly string[];
	readonly totalParams: number;
	readonly trainableParams: number;
	readonly nonTrainableParams: number;
	readonly macs: number;
}
