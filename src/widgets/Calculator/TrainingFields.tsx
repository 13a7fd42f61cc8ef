import type { ComponentChildren } from 'preact';
import type { Dtype, Optimizer } from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { NumberField } from '../shared/NumberField.tsx';
import type { Choices } from './full.ts';
import { RULES } from './rules.ts';
import { Select } from '../shared/Select.tsx';
import type { CommonStrings } from './strings.ts';

/** The training setting both memory estimates (questions 2 and 3) start from. */
export interface TrainingSetting {
	readonly batch: number;
	readonly dtype: Dtype;
	readonly optimizer: Optimizer;
}

/**
 * The fields of a training setting: the batch size, the number format and the optimizer, with
 * IDs `<idBase>-batch`, `-dtype` and `-optimizer`. Question 2's memory panel puts its
 * inference-or-training menu between the last two (`children`); question 3 trains, always.
 */
export function TrainingFields(props: {
	idBase: string;
	t: CommonStrings;
	lang: Lang;
	/** The engine's lists of number formats and optimizers. */
	choices: Pick<Choices, 'dtypes' | 'optimizers'>;
	value: TrainingSetting;
	onChange: (change: Partial<TrainingSetting>) => void;
	/** A field's `onValidity`, by the field's ID. */
	validity: (id: string) => (bad: boolean) => void;
	children?: ComponentChildren;
}) {
	const { idBase, t, value, onChange } = props;
	return (
		<>
			<NumberField
				id={`${idBase}-batch`}
				label={t.batch}
				value={value.batch}
				rule={RULES.batch}
				lang={props.lang}
				onValue={(batch) => onChange({ batch })}
				onValidity={props.validity(`${idBase}-batch`)}
			/>
			<Select
				id={`${idBase}-dtype`}
				label={t.dtype}
				value={value.dtype}
				options={props.choices.dtypes}
				onChange={(dtype) => onChange({ dtype })}
			/>
			{props.children}
			<Select
				id={`${idBase}-optimizer`}
				label={t.optimizer}
				value={value.optimizer}
				options={props.choices.optimizers}
				names={t.optimizers}
				onChange={(optimizer) => onChange({ optimizer })}
			/>
		</>
	);
}
