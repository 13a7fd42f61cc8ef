import type { ModelJson, Summary } from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { REFERENCES } from '../../lib/content/references.ts';
import type { Working } from './boxes.ts';

/** The networks of the explorer, in the chapter's order. */
export const NETWORK_IDS = [
	'lenet5',
	'alexnet',
	'googlenet',
	'resnet50',
	'se-resnet50',
	'xception',
] as const;

/** A network of the explorer; also the ID of its engine preset. */
export type NetworkId = (typeof NETWORK_IDS)[number];

/** The networks whose layers, block and stages load when a reader picks them. */
export type LazyNetworkId = Exclude<NetworkId, 'lenet5'>;

/**
 * The six networks of question 6: what the explorer knows about each beyond its layers (year,
 * ILSVRC result, paper) and how its layers group into stages. Layers come from the engine's
 * presets, fetched when a reader picks a network; LeNet-5, the default, is drawn from its
 * build-time summary (`lenet-data.ts`) until then.
 */
export interface Network {
	readonly id: NetworkId;
	/** Short name for buttons and the chart; the engine's model name names the implementation. */
	readonly name: string;
	readonly year: number;
	/** Top-5 error of the ILSVRC-winning entry, in percent, for the networks that won one. */
	readonly top5?: number;
	readonly paper: keyof typeof REFERENCES;
	readonly load: () => Promise<ModelJson>;
}

/** The networks in the order the chapter presents them. */
export const NETWORKS: readonly Network[] = [
	{
		id: 'lenet5',
		name: 'LeNet-5',
		year: 1998,
		paper: 'lecun1998',
		load: () => import('../../lib/cnn/presets/lenet5.ts').then((m) => m.lenet5()),
	},
	{
		id: 'alexnet',
		name: 'AlexNet',
		year: 2012,
		top5: 15.3,
		paper: 'krizhevsky2012',
		load: () => import('../../lib/cnn/presets/alexnet.ts').then((m) => m.alexnet()),
	},
	{
		id: 'googlenet',
		name: 'GoogLeNet',
		year: 2014,
		top5: 6.67,
		paper: 'szegedy2014',
		load: () => import('../../lib/cnn/presets/googlenet.ts').then((m) => m.googlenet()),
	},
	{
		id: 'resnet50',
		name: 'ResNet-50',
		year: 2015,
		top5: 3.57,
		paper: 'he2015',
		load: () => import('../../lib/cnn/presets/resnet50.ts').then((m) => m.resnet50()),
	},
	{
		id: 'se-resnet50',
		name: 'SE-ResNet-50',
		year: 2017,
		top5: 2.25,
		paper: 'hu2017',
		load: () => import('../../lib/cnn/presets/se-resnet50.ts').then((m) => m.seResnet50()),
	},
	{
		id: 'xception',
		name: 'Xception',
		year: 2016,
		paper: 'chollet2016',
		load: () => import('../../lib/cnn/presets/xception.ts').then((m) => m.xception()),
	},
];

/** The network shown before the reader picks one, rendered on the server. */
export const DEFAULT_NETWORK: Network = NETWORKS[0]!;

/** Looks a network up by ID. */
export function networkById(id: NetworkId): Network {
	return NETWORKS.find((n) => n.id === id) ?? DEFAULT_NETWORK;
}

/** A stage path: `[]` for a top-level layer, `['layer1', 'layer1.0']` for a layer of a unit. */
export type StagePath = readonly string[];

const LENET: Readonly<Record<string, string>> = {
	C1: 'C1 + S2',
	S2: 'C1 + S2',
	C3: 'C3 + S4',
	S4: 'C3 + S4',
	flatten: 'F6 + output',
	F6: 'F6 + output',
	output: 'F6 + output',
};

/**
 * LeNet-5's stages: each convolution with the pooling after it, C5 alone, the dense layers
 * together. The other networks' stages are in `stages.ts`, loaded with them.
 */
export function lenetPaths(names: readonly string[]): StagePath[] {
	return names.map((name) => (LENET[name] ? [LENET[name]] : []));
}

/** A network ready to draw: its summary and its signature block's, and how to explain counts. */
export interface LoadedNetwork {
	readonly id: NetworkId;
	readonly s: Summary;
	readonly sig: Summary;
	readonly paths: readonly StagePath[];
	/** The caption of the signature block, per language; LeNet-5's is in `strings.ts`. */
	readonly caption?: Readonly<Record<Lang, string>>;
	/** The working behind a row's count: the engine's, or LeNet-5's computed at build time. */
	readonly working: Working;
}
