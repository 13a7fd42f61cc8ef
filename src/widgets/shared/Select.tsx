/**
 * A labelled native select over a fixed list of values with their shown names. Every menu of the
 * widgets (the calculator's settings and layer fields, the explorer's blocks, the pooling stage's
 * speed and shift) is one of these, so they share the markup, the label and the typing.
 */
export function Select<T extends string>(props: {
	id: string;
	label: string;
	value: T;
	options: readonly T[];
	/** Shown names; without them each value is shown as it is (number formats: `float16`). */
	names?: Readonly<Record<T, string>>;
	onChange: (value: T) => void;
	/** Classes of the field's box besides `cnn-field`. */
	class?: string;
}) {
	return (
		<div class={props.class ? `cnn-field ${props.class}` : 'cnn-field'}>
			<label for={props.id}>{props.label}</label>
			<select
				id={props.id}
				value={props.value}
				onChange={(e) => props.onChange(e.currentTarget.value as T)}
			>
				{props.options.map((o) => (
					<option key={o} value={o}>
						{props.names?.[o] ?? o}
					</option>
				))}
			</select>
		</div>
	);
}
