import type { ModelJson } from '../../lib/cnn/index.ts';
import type { Lang } from '../../lib/i18n/lang.ts';
import { LazyDetails } from '../shared/LazyDetails.tsx';
import type { CnnLabStrings } from './strings.ts';

/** The export tools, loaded when a reader first opens the disclosure. */
const loadTools = () => import('./LabExportTools.tsx');

export interface LabExportProps {
	t: CnnLabStrings;
	lang: Lang;
	/** The lab's id prefix: the figures' SVGs are found by their ids under it. */
	id: string;
	/**
	 * The edited model, in the engine's JSON format, and the engine's parameter count (undefined
	 * while the model cannot be computed or an editor field is bad: exporting then says so).
	 */
	model: ModelJson;
	total: number | undefined;
	/** Whether the filters are drawn (a model whose first layer is no convolution has none). */
	hasFilters: boolean;
}

/**
 * The lab's export disclosure: the selected model as JSON, Keras or PyTorch code (the
 * calculator's exporters, through `shared/ModelExport.tsx`) and the learning curve and the
 * filters as PNG files. Its body loads when the reader first opens it, so none of the exporters
 * is part of the lab's first download; without JavaScript it says where the model is instead.
 */
export function LabExport(props: LabExportProps) {
	const { t } = props;
	return (
		<LazyDetails
			class="lab-details lab-export"
			summary={t.exportSummary}
			load={loadTools}
			fallback={<p class="lab-note">{t.exportNoScript}</p>}
		>
			{({ LabExportTools }) => <LabExportTools {...props} />}
		</LazyDetails>
	);
}
