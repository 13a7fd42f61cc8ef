import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CHANNELS, DEFAULT_DIRECTION, defaultSettings } from './defaults.ts';
import { frame } from './model.ts';
import PoolingAnimation from './PoolingAnimation.tsx';
import { STRINGS } from './strings.ts';

/** The island as `PoolingAnimation.astro` renders it: one language, the default frame. */
function island(lang: 'en' | 'id', id?: string) {
	const first = frame(defaultSettings(), DEFAULT_CHANNELS, DEFAULT_DIRECTION, lang);
	if (!first.ok) throw new Error(first.error);
	return <PoolingAnimation lang={lang} id={id} t={STRINGS[lang]} first={first.frame} />;
}

describe('the pooling animation’s server-rendered figure', () => {
	test.each(['en', 'id'] as const)('shows the finished default output and costs (%s)', (lang) => {
		const html = render(island(lang));
		// 36 editable cells, the 3×3 max-pooled output, the engine's 160,200 parameters.
		expect(html.match(/class="pool-cell__input"/g)).toHaveLength(36);
		expect(html).toContain(lang === 'en' ? 'Step 9 of 9' : 'Langkah 9 dari 9');
		expect(html).toContain(lang === 'en' ? '160,200' : '160.200');
		expect(html).toContain(
			lang === 'en' ? '2 of 9 output cells changed' : '2 dari 9 sel output berubah',
		);
		expect(html).toContain('max(0');
		expect(html).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
	});

	test('every island on a page gets its own ids', () => {
		const html = render(island('en', 'second'));
		expect(html).toContain('id="second-size"');
		expect(html).not.toContain('id="pool-en-size"');
	});
});

describe('the default frame', () => {
	test('survives the trip through the page as JSON, as island props do', () => {
		const first = frame(defaultSettings(), DEFAULT_CHANNELS, DEFAULT_DIRECTION, 'en');
		expect(JSON.parse(JSON.stringify(first))).toEqual(first);
	});
});
