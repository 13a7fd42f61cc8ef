/**
 * `npm run build:test`: builds the site under the `/cnn-notes/` sub-path the tests and CI serve it
 * from, and fails when the build prints a warning. A warning is a problem someone has to read; a
 * build that prints one per page teaches everyone to stop reading them, so a new one stops the
 * test suite instead. Extra arguments go to `astro build` (e.g. `--outDir`).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { isWarning } from './build-warnings.ts';

const build = spawn('npx', ['astro', 'build', ...process.argv.slice(2)], {
	env: { ...process.env, BASE_PATH: '/cnn-notes/' },
	stdio: ['inherit', 'pipe', 'pipe'],
});

const warnings: string[] = [];
for (const [stream, out] of [
	[build.stdout, process.stdout],
	[build.stderr, process.stderr],
] as const) {
	createInterface({ input: stream }).on('line', (line) => {
		out.write(`${line}\n`);
		if (isWarning(line)) warnings.push(line);
	});
}

build.on('close', (code) => {
	if (code !== 0) process.exit(code ?? 1);
	if (warnings.length > 0) {
		console.error(
			`\nThe build printed ${warnings.length} warning(s); fix them:\n${warnings.join('\n')}`,
		);
		process.exit(1);
	}
});
