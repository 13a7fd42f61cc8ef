/**
 * A labelled native select over a fixed list of values with their shown names. Several settings
 * of both the full and the memory mode are one of these, so they share the markup and typing; it
 * is its own module so that question 3 does not download the full mode's memory panel with it.
 */
export function Select<T extends string>(props: {
	id: string;
	label: string;
	value: T;
	options: readonly T[];
	/** Shown names; without them each value is shown as it is (number formats: `float16`). */
	names?: Readonly<Record<T, string>>;
	onChange: (value: T) => void;
}) {
	return (
		<div class="cnn-field">
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
