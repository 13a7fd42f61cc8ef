import type { Convention, LayerJson, ModelJson } from '../types.ts';

/** A layer with its name spelled out, so later layers can refer to it. */
export type NamedLayer = LayerJson & { readonly name: string };

/**
 * Builds a preset's layer list the way the reference code builds its network: one call per layer,
 * returning the layer's name to wire branches and shortcuts. Presets are code rather than literal
 * JSON because ResNet-50 alone has well over a hundred layers made of a few repeated blocks.
 */
export class ModelBuilder {
	readonly layers: LayerJson[] = [];
	#last = 'input';

	/**
	 * Appends a layer that reads `from` (by default the previous layer) and returns its name.
	 * `inputs` is written only when it differs from the default, so the JSON stays as short as a
	 * person would write it.
	 */
	add(layer: NamedLayer, from: string | readonly string[] = this.#last): string {
		const inputs = typeof from === 'string' ? [from] : from;
		const implicit = inputs.length === 1 && inputs[0] === this.#last;
		this.layers.push(implicit ? layer : { ...layer, inputs });
		this.#last = layer.name;
		return layer.name;
	}

	/** Name of the most recently added layer (or `"input"`): where the next block starts. */
	get last(): string {
		return this.#last;
	}

	/** The finished model. */
	model(name: string, convention: Convention, input: readonly number[]): ModelJson {
		return { name, convention, input, layers: this.layers };
	}
}
