import type { LayerType } from '../types.ts';
import { conv2d, conv2dTranspose, depthwiseConv2d, separableConv2d } from './conv.ts';
import { dense } from './dense.ts';
import { activation, dropout, lrn } from './elementwise.ts';
import { add, concat, multiply } from './merge.ts';
import { batchNorm } from './normalization.ts';
import { avgPool2d, globalAvgPool2d, globalMaxPool2d, maxPool2d } from './pool.ts';
import type { AnyRule } from './rule.ts';
import { flatten, reshape, upSampling2d, zeroPadding2d } from './reshaping.ts';

/**
 * The registry from JSON `type` to rule. Adding a layer type means writing its rule in one of the
 * files of this folder and listing it here and in `LAYER_TYPES`; the compiler checks both agree.
 */
export const RULES: Readonly<Record<LayerType, AnyRule>> = {
	conv2d,
	depthwiseConv2d,
	separableConv2d,
	conv2dTranspose,
	maxPool2d,
	avgPool2d,
	globalAvgPool2d,
	globalMaxPool2d,
	flatten,
	dropout,
	activation,
	lrn,
	zeroPadding2d,
	upSampling2d,
	reshape,
	dense,
	batchNorm,
	add,
	multiply,
	concat,
};
