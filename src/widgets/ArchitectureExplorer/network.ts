import type { Summary } from '../../lib/cnn/index.ts';
import type { PresetId, PresetInfo } from '../../lib/cnn/presets/index.ts';

/**
 * What the explorer knows of a network, as plain data: which presets it shows, the facts it prints
 * for each (all from the preset registry, `src/lib/cnn/presets`), and a network ready to draw.
 * Types and one list only, so the island can use them without loading the registry.
 */

/** The presets the explorer shows, in the chapter's order. */
export const NETWORK_IDS = [
	'lenet5',
	'alexnet',
	'googlenet',
	'resnet50',
	'se-resnet50',
	'xception',
	'efficientnet-b0',
] as const satisfies readonly PresetId[];

/** A network of the explorer; also the ID of its preset. */
export type NetworkId = (typeof NETWORK_IDS)[number];

/** A cited work of the site's table of references. */
export type PaperId = NonNullable<PresetInfo['paper']>;

/** A network's facts from its preset, as the wrapper passes them to the island. */
export interface NetworkFacts {
	readonly id: NetworkId;
	/** Short name for buttons and the chart; the engine's model name names the implementation. */
	readonly name: string;
	readonly year: number;
	/** Top-5 error of the ILSVRC-winning entry, in percent, for the networks that won one. */
	readonly top5?: number;
	readonly paper: PaperId;
}

/** A stage path: `[]` for a top-level layer, `['layer1', 'layer1.0']` for a layer of a unit. */
export type StagePath = readonly string[];

/** The engine's working of each layer with parameters, by layer name, in the page's language. */
export type WorkingTable = Readonly<Record<string, string>>;

/**
 * A network ready to draw, as the engine summarised it: its layers, its signature block's, how its
 * layers group into stages, and the working behind every count. Plain data, so the wrapper can
 * compute the default network at build time and pass it to the island as a prop.
 */
export interface LoadedNetwork {
	readonly id: NetworkId;
	readonly s: Summary;
	readonly sig: Summary;
	readonly paths: readonly StagePath[];
	readonly working: WorkingTable;
	readonly sigWorking: WorkingTable;
}
