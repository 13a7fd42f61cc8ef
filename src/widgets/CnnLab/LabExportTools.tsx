import { fill } from '../../lib/i18n/fill.ts';
import { ModelExport, type Say } from '../shared/ModelExport.tsx';
import { downloadBlob } from '../shared/download.ts';
import { svgToPng, type PngKey } from '../shared/svg-png.ts';
import type { LabExportProps } from './LabExport.tsx';

/** The two figures a reader can save, with the file name each is saved as. */
const FIGURES = {
	curve: 'cnn-lab-learning-curve.png',
	filters: 'cnn-lab-filters.png',
} as const;

type Figure = keyof typeof FIGURES;

/**
 * The curve's key as the page draws it (each `.lab-legend` item: a coloured stroke, then words),
 * read from the page so that the PNG's key has the theme's colours and the page's words.
 */
function legendKeys(figure: Element): PngKey[] {
	return [...figure.querySelectorAll('.lab-legend li')].map((item) => {
		const swatch = item.querySelector('.lab-key');
		const style = swatch ? getComputedStyle(swatch) : undefined;
		return {
			label: item.textContent.replace(/\s+/g, ' ').trim(),
			colour: style?.borderTopColor ?? 'currentColor',
			dashed: style?.borderTopStyle === 'dashed',
			lineWidth: Number.parseFloat(style?.borderTopWidth ?? '2') || 2,
		};
	});
}

/**
 * The body of the lab's export disclosure (`LabExport.tsx`), loaded on demand: `ModelExport`'s
 * three code buttons, then one button per figure that draws its SVG, as the page shows it now
 * (the reference run or the reader's), into a PNG with its title, caption and key, and saves it.
 */
export function LabExportTools(props: LabExportProps) {
	const { t, lang, id, model, total, hasFilters } = props;

	const save = async (figure: Figure, say: Say) => {
		const svg = document.getElementById(`${id}-${figure}-title`)?.closest('svg');
		const frame = svg?.closest('figure');
		if (!svg || !frame) {
			say(t.pngFailed);
			return;
		}
		const caption = frame.querySelector('figcaption > p')?.textContent ?? '';
		try {
			const blob = await svgToPng(svg, {
				heading: [figure === 'curve' ? t.curveTitle : t.filtersTitle, caption],
				keys: figure === 'curve' ? legendKeys(frame) : [],
			});
			downloadBlob(blob, FIGURES[figure]);
			say(fill(t.pngSaved, { file: FIGURES[figure] }));
		} catch {
			say(t.pngFailed);
		}
	};

	return (
		<>
			<p class="lab-note">{t.exportIntro}</p>
			<ModelExport
				t={t}
				lang={lang}
				json={model}
				total={total}
				idBase={`${id}-export`}
				buttonsClass="lab-export-buttons"
				after={(say) => (
					<>
						<button type="button" onClick={() => void save('curve', say)}>
							{t.pngCurve}
						</button>
						<button type="button" onClick={() => void save('filters', say)} disabled={!hasFilters}>
							{t.pngFilters}
						</button>
					</>
				)}
			/>
		</>
	);
}
