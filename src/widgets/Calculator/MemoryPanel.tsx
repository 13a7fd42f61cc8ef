import { formatNumber } from '../../lib/i18n/format.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import type { Choices, MemoryFigures, SummaryFigures } from './full.ts';
import { Select } from '../shared/Select.tsx';
import { TrainingFields } from './TrainingFields.tsx';
import { BOOK_SETTINGS, type MemorySettings } from './full-state.ts';
import { fill } from '../../lib/i18n/fill.ts';
import type { FullStrings } from './strings.ts';
import { MemoryBreakdown } from './MemoryBreakdown.tsx';
import { mb, mib } from './units.ts';
import { DataTable } from '../shared/DataTable.tsx';

interface Props {
	t: FullStrings;
	lang: Lang;
	/** The engine's lists of number formats, modes and optimizers. */
	choices: Pick<Choices, 'dtypes' | 'modes' | 'optimizers'>;
	settings: MemorySettings;
	onSettings: (change: Partial<MemorySettings>) => void;
	/** A field's `onValidity`, by the field's ID. */
	validity: (id: string) => (bad: boolean) => void;
	/** Why the current network's estimate cannot be made (the engine's message), if it cannot. */
	error: string | undefined;
	/** The last estimate that succeeded, shown (stale) while the current one cannot be made. */
	shown: Extract<MemoryFigures, { ok: true }>;
	stale: boolean;
	/** The network the book's figures are computed for, and whether it is still exercise 2. */
	summary: SummaryFigures;
	isExercise2: boolean;
	idBase: string;
}

/**
 * Memory settings, the breakdown as a stacked bar and a table (MB and MiB), and the book's two
 * figures beside the notes' wrong ones. Every byte is the engine's `memory()`, computed by
 * `full.ts`.
 */
export function MemoryPanel(p: Props) {
	const { t, lang, settings } = p;
	const id = p.idBase;
	return (
		<div class="calc-memory calc-section">
			<h4 id={`${id}-heading`}>{t.memory}</h4>
			<div class="calc-fields">
				<TrainingFields
					idBase={id}
					t={t}
					lang={lang}
					choices={p.choices}
					value={settings}
					onChange={p.onSettings}
					validity={p.validity}
				>
					<Select
						id={`${id}-mode`}
						label={t.mode}
						value={settings.mode}
						options={p.choices.modes}
						names={t.modes}
						onChange={(mode) => p.onSettings({ mode })}
					/>
				</TrainingFields>
			</div>
			{p.error !== undefined && (
				<p class="calc-error" role="alert">
					{p.error}
				</p>
			)}
			<MemoryBreakdown t={t} lang={lang} id={id} shown={p.shown} stale={p.stale} />
			<BookFigures {...p} />
		</div>
	);
}

/**
 * The book's two figures for question 2, computed by the engine on the current network, beside
 * the notes' 3.44 MB and 172 MB and why those are wrong. A button applies each setting above.
 */
function BookFigures(p: Props) {
	const { t, lang, summary } = p;
	const rows = [
		{ key: 'predict', label: t.bookPredict, notes: 3.44 },
		{ key: 'train', label: t.bookTrain, notes: 172 },
	] as const;
	return (
		<div class="calc-book" data-testid="book">
			<h5 id={`${p.idBase}-book`}>{t.book}</h5>
			<p>{t.bookIntro}</p>
			{!p.isExercise2 && <p class="calc-muted">{t.bookOther}</p>}
			<DataTable
				regionClass="calc-scroll"
				label={t.book}
				columns={[t.bookSetting, t.bookEngine, t.bookNotes, t.bookWhy]}
			>
				{rows.map((row) => {
					const total = summary.book[row.key];
					const w = summary.book.weights;
					return (
						<tr key={row.key}>
							<th scope="row" class="calc-wrap">
								{row.label}
								<button
									type="button"
									class="calc-small"
									aria-label={fill(t.useSettings, { what: row.label })}
									onClick={() => p.onSettings(BOOK_SETTINGS[row.key])}
								>
									{t.use}
								</button>
							</th>
							<td class="calc-num" data-testid={`book-${row.key}`}>
								≈ {total === undefined ? '—' : mb(total, lang)}
							</td>
							<td class="calc-num">≈ {formatNumber(row.notes, lang)}&nbsp;MB</td>
							<td class="calc-wrap">
								{row.key === 'predict'
									? fill(t.bookWhyPredict, {
											params: formatNumber(summary.totalParams, lang),
											mb: mb(w, lang),
											mib: mib(w, lang),
										})
									: t.bookWhyTrain}
							</td>
						</tr>
					);
				})}
			</DataTable>
		</div>
	);
}
