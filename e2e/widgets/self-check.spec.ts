import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { defined } from '../../src/lib/defined.ts';
import { SELF_CHECKS } from '../../src/widgets/SelfCheck/questions/index.ts';
import { SELF_CHECK_STRINGS } from '../../src/widgets/SelfCheck/strings.ts';
import {
	formatAnswer,
	type ChoiceItem,
	type NumberItem,
} from '../../src/widgets/SelfCheck/types.ts';
import { watchProblems } from '../console.ts';
import { pathOf } from '../site.ts';

/**
 * The self-check at the end of each question page, on question 2 in both languages: grading
 * typed numbers in either format, bad input, multiple choice with each option's reason, progress
 * kept per language across reloads, the overview's progress mark, reset, storage that refuses,
 * and the complete reading without JavaScript. Expected texts come from the question data and
 * the widget's strings, so the test follows the questions as they are edited.
 */

const PAGE = 'ch14/02-parameters-and-memory';
const SET = defined(SELF_CHECKS[PAGE], `the self-check of ${PAGE}`);
const number = (id: string) =>
	defined(
		SET.items.find((i): i is NumberItem => i.id === id && i.kind === 'number'),
		`number question ${id}`,
	);
const choice = defined(
	SET.items.find((i): i is ChoiceItem => i.kind === 'choice'),
	'a multiple-choice question',
);
const rightOption = defined(
	choice.options.find((o) => o.correct),
	'the right option',
);
const wrongOption = defined(
	choice.options.find((o) => !o.correct),
	'a wrong option',
);
const rightIndex = choice.options.indexOf(rightOption);
const wrongIndex = choice.options.indexOf(wrongOption);

async function open(page: Page, lang: 'en' | 'id') {
	await page.goto(pathOf(lang, PAGE));
	const widget = page.locator('[data-self-check]');
	await widget.scrollIntoViewIfNeeded();
	// The script shows the fields: the page is enhanced.
	await expect(widget.locator('form[data-item="params"] input[inputmode]')).toBeVisible();
	return widget;
}

const item = (page: Page, id: string) => page.locator(`[data-self-check] form[data-item="${id}"]`);
const feedback = (page: Page, id: string) => item(page, id).locator('[aria-live="polite"]');

for (const lang of ['en', 'id'] as const) {
	const t = SELF_CHECK_STRINGS[lang];
	const other = lang === 'en' ? 'id' : 'en';

	test.describe(`self-check (${lang})`, () => {
		test('a right number, in either format, is announced as correct with its working', async ({
			page,
		}) => {
			const problems = watchProblems(page);
			await open(page, lang);
			const params = number('params');
			const field = item(page, 'params').getByLabel(params.question[lang]);
			// Indonesian grouping on the English page and English grouping on the Indonesian one.
			await field.fill(lang === 'en' ? '903.400' : '903,400');
			await item(page, 'params').getByRole('button', { name: t.check }).click();
			await expect(feedback(page, 'params')).toHaveText(`✓ ${t.correct}`);
			await expect(item(page, 'params').locator('details')).toHaveAttribute('open', '');
			await expect(item(page, 'params').locator('details')).toContainText(
				formatAnswer(params, lang),
			);
			await expect(item(page, 'params').getByText(params.explanation[lang])).toBeVisible();
			await expect(field).toHaveAttribute('aria-invalid', 'false');

			// Enter submits, and a decimal comma or point both work for megabytes.
			const predict = item(page, 'predict').locator('input');
			await predict.fill(lang === 'en' ? '12.6' : '12,6');
			await predict.press('Enter');
			await expect(feedback(page, 'predict')).toContainText(`✓ ${t.correct}`);
			expect(problems).toEqual([]);
		});

		test('a wrong number says “not quite” and shows the answer and its explanation', async ({
			page,
		}) => {
			await open(page, lang);
			const train = number('train');
			await item(page, 'train').locator('input').fill('172');
			await item(page, 'train').locator('input').press('Enter');
			await expect(feedback(page, 'train')).toContainText(`✗ ${t.wrong}`);
			await expect(feedback(page, 'train')).toContainText(formatAnswer(train, lang));
			await expect(item(page, 'train').getByText(train.explanation[lang])).toBeVisible();
			await expect(page.locator('[data-total]')).toHaveText(
				t.score.replace('{n}', '0').replace('{total}', String(SET.items.length)),
			);
		});

		test('input that is not a number gets a message, not a verdict, and is not saved', async ({
			page,
		}) => {
			await open(page, lang);
			const field = item(page, 'params').locator('input');
			await field.fill('lots');
			await field.press('Enter');
			await expect(feedback(page, 'params')).toHaveText(`! ${t.notNumber}`);
			await expect(field).toHaveAttribute('aria-invalid', 'true');
			await expect(item(page, 'params').locator('details')).not.toHaveAttribute('open', '');
			await field.fill('');
			await item(page, 'params').getByRole('button', { name: t.check }).click();
			await expect(feedback(page, 'params')).toHaveText(`! ${t.empty}`);
			await page.reload();
			await expect(item(page, 'params').locator('input')).toHaveValue('');
			await expect(feedback(page, 'params')).toBeEmpty();
		});

		test('multiple choice explains the option picked, wrong or right', async ({ page }) => {
			await open(page, lang);
			const form = item(page, choice.id);
			await form.getByRole('button', { name: t.check }).click();
			await expect(feedback(page, choice.id)).toHaveText(`! ${t.pick}`);

			await form.getByRole('radio', { name: wrongOption.text[lang] }).check();
			await form.getByRole('button', { name: t.check }).click();
			await expect(feedback(page, choice.id)).toHaveText(`✗ ${t.wrong} ${wrongOption.why[lang]}`);
			// Every option's reason is in the reveal, marked in words.
			const reasons = form.locator('details li');
			await expect(reasons).toHaveCount(choice.options.length);
			await expect(reasons.nth(rightIndex)).toContainText(`✓ ${t.right}`);
			await expect(reasons.nth(wrongIndex)).toContainText(`✗ ${t.notRight}`);

			// Keyboard only: Space picks an option, Enter checks it.
			const right = form.getByRole('radio', { name: rightOption.text[lang] });
			await right.focus();
			await right.press('Space');
			await right.press('Enter');
			await expect(feedback(page, choice.id)).toHaveText(`✓ ${t.correct} ${rightOption.why[lang]}`);
		});

		test('answers survive a reload, per language, and show on the overview until reset', async ({
			page,
		}) => {
			await open(page, lang);
			await item(page, 'params').locator('input').fill('903400');
			await item(page, 'params').locator('input').press('Enter');
			await item(page, 'train').locator('input').fill('526');
			await item(page, 'train').locator('input').press('Enter');
			await item(page, choice.id).getByRole('radio').nth(rightIndex).check();
			await item(page, choice.id).getByRole('button', { name: t.check }).click();
			const score = t.score.replace('{n}', '2').replace('{total}', String(SET.items.length));
			await expect(page.locator('[data-total]')).toHaveText(score);

			await page.reload();
			await expect(item(page, 'params').locator('input')).toHaveValue('903400');
			await expect(feedback(page, 'params')).toContainText(`✓ ${t.correct}`);
			await expect(item(page, 'train').locator('input')).toHaveValue('526');
			await expect(feedback(page, 'train')).toContainText(`✗ ${t.wrong}`);
			await expect(item(page, choice.id).getByRole('radio').nth(rightIndex)).toBeChecked();
			await expect(page.locator('[data-total]')).toHaveText(score);

			// The other language's page keeps its own progress.
			await open(page, other);
			await expect(item(page, 'params').locator('input')).toHaveValue('');
			await expect(feedback(page, 'params')).toBeEmpty();

			// The chapter overview marks question 2, in this language only.
			await page.goto(pathOf(lang, 'ch14'));
			const marks = page.locator('[data-chapter-contents] [data-progress]');
			await expect(marks).toHaveCount(Object.keys(SELF_CHECKS).length);
			await expect(marks.nth(1)).toHaveText(score);
			await expect(marks.nth(0)).toHaveText(t.notStarted);
			await page.goto(pathOf(other, 'ch14'));
			await expect(page.locator('[data-chapter-contents] [data-progress]').nth(1)).toHaveText(
				SELF_CHECK_STRINGS[other].notStarted,
			);

			// Reset forgets this page's answers, here and on the overview.
			await open(page, lang);
			await page.locator('[data-reset]').click();
			await expect(page.locator('[data-status]')).toHaveText(t.cleared);
			await expect(item(page, 'params').locator('input')).toHaveValue('');
			await expect(feedback(page, 'params')).toBeEmpty();
			await page.reload();
			await expect(feedback(page, 'train')).toBeEmpty();
			await page.goto(pathOf(lang, 'ch14'));
			await expect(page.locator('[data-chapter-contents] [data-progress]').nth(1)).toHaveText(
				t.notStarted,
			);
		});

		test('the overview marks a page whose answers are all right', async ({ page }) => {
			await open(page, lang);
			for (const i of SET.items) {
				const form = item(page, i.id);
				if (i.kind === 'number') await form.locator('input').fill(String(i.answer));
				else
					await form
						.getByRole('radio')
						.nth(i.options.findIndex((o) => o.correct))
						.check();
				await form.getByRole('button', { name: t.check }).click();
				await expect(feedback(page, i.id)).toContainText(`✓ ${t.correct}`);
			}
			await page.goto(pathOf(lang, 'ch14'));
			const n = String(SET.items.length);
			await expect(page.locator('[data-chapter-contents] [data-progress]').nth(1)).toHaveText(
				`✓ ${t.score.replace('{n}', n).replace('{total}', n)}`,
			);
		});

		test('grading still works when the browser refuses storage', async ({ page }) => {
			// Starlight's own scripts need storage too, so only the self-check's keys are refused.
			await page.addInitScript(() => {
				for (const name of ['getItem', 'setItem', 'removeItem'] as const) {
					// Read off the prototype to be called with each storage object as `this` below.
					const original: (this: Storage, ...args: string[]) => unknown = Reflect.get(
						Storage.prototype,
						name,
					);
					Storage.prototype[name] = function (this: Storage, ...args: string[]) {
						if (args[0]?.startsWith('cnn-notes:'))
							throw new DOMException('denied', 'SecurityError');
						return original.apply(this, args);
					} as never;
				}
			});
			const problems = watchProblems(page);
			await open(page, lang);
			await item(page, 'params').locator('input').fill('903400');
			await item(page, 'params').locator('input').press('Enter');
			await expect(feedback(page, 'params')).toContainText(`✓ ${t.correct}`);
			await page.locator('[data-reset]').click();
			await expect(feedback(page, 'params')).toBeEmpty();
			expect(problems).toEqual([]);
		});

		test('answered, it has no axe violations in the light and dark themes', async ({ page }) => {
			await open(page, lang);
			await item(page, 'params').locator('input').fill('903400');
			await item(page, 'params').locator('input').press('Enter');
			await item(page, 'predict').locator('input').fill('3.44');
			await item(page, 'predict').locator('input').press('Enter');
			await item(page, 'train').locator('input').fill('x');
			await item(page, 'train').locator('input').press('Enter');
			await item(page, choice.id).getByRole('button', { name: t.check }).click();
			for (const theme of ['light', 'dark'] as const) {
				await page.emulateMedia({ colorScheme: theme });
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				const { violations } = await new AxeBuilder({ page })
					.include('[data-self-check]')
					.withTags(['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
					theme,
				).toEqual([]);
			}
		});

		test('without JavaScript, every question reads with its answer behind “show the answer”', async ({
			browser,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(pathOf(lang, PAGE));
			const widget = page.locator('[data-self-check]');
			await expect(widget.getByText(t.introNoJs)).toBeVisible();
			// No dead controls: fields, radios and buttons appear only with the script.
			await expect(widget.locator('input:visible, button:visible')).toHaveCount(0);
			const details = widget.locator('details');
			await expect(details).toHaveCount(SET.items.length);
			for (const i of SET.items) await expect(widget.getByText(i.question[lang])).toBeVisible();
			for (const o of choice.options) await expect(widget.getByText(o.text[lang])).toBeVisible();

			const params = number('params');
			const reveal = item(page, 'params').locator('details');
			await expect(reveal.locator('summary')).toHaveText(t.show);
			await expect(reveal.getByText(params.explanation[lang])).toBeHidden();
			await reveal.locator('summary').click();
			await expect(reveal).toContainText(`${t.answer} ${formatAnswer(params, lang)}`);
			await expect(reveal.getByText(params.explanation[lang])).toBeVisible();

			// The overview tells how many questions each page has.
			await page.goto(pathOf(lang, 'ch14'));
			await expect(page.locator('[data-chapter-contents] [data-progress]').nth(1)).toHaveText(
				t.questions(SET.items.length),
			);
			await context.close();
		});
	});
}
