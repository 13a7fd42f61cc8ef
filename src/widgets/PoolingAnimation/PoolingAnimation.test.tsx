import { render } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import PoolingAnimation from './PoolingAnimation.tsx';

describe('the pooling animation’s server-rendered figure', () => {
	test.each(['en', 'id'] as const)('shows the finished default output and costs (%s)', (lang) => {
		const html = render(<PoolingAnimation lang={lang} />);
		// 36 editable cells, the 3×3 max-pooled output, the engine's 160,200 parameters.
		expect(html.match(/class="pool-cell__input"/g)).toHaveLength(36);
		expect(html).toContain(lang === 'en' ? 'Step 9 of 9' : 'Langkah 9 dari 9');
		expect(html).toContain(lang === 'en' ? '160,200' : '160.200');
		expect(html).toContain(
			lang === 'en' ? '2 of 9 output cells changed' : '2 dari 9 sel output berubah',
		);
		expect(html).toContain('max(0');
		expect(html).not.toMatch(/NaN|Infinity|undefined/);
	});

	test('every island on a page gets its own ids', () => {
		const html = render(<PoolingAnimation lang="en" id="second" />);
		expect(html).toContain('id="second-size"');
		expect(html).not.toContain('id="pool-en-size"');
	});
});
