import { spawnSync } from 'node:child_process';
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { newestCommitDates } from './lib/site/git-dates.ts';

let dates: Map<string, Date> | undefined;

/**
 * Every page's newest commit date, read from git once per build. Outside a git checkout (a
 * downloaded archive) git prints nothing and pages simply show no "Last updated" line.
 * `--relative` prints paths from the project root, as Starlight's `entry.filePath` is written.
 */
function commitDates(): Map<string, Date> {
	if (!dates) {
		const git = spawnSync(
			'git',
			['log', '--format=t:%ct', '--name-only', '--relative', '--', 'content'],
			{ encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
		);
		// Without git on the machine, `error` is set and there is no output at all.
		dates = newestCommitDates(git.error ? '' : git.stdout);
	}
	return dates;
}

/**
 * Starlight's "Last updated" line for pages in `content/`. Starlight itself looks up commit dates
 * only under `src/content/docs/`, so with `lastUpdated: true` it finds none for this site; this
 * route middleware (Starlight's extension point for route data) fills the date in from git. A
 * page's own `lastUpdated` frontmatter still wins: a date is kept, and `false` hides the line.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.lastUpdated || route.entry.data.lastUpdated === false) return;
	route.lastUpdated = commitDates().get(route.entry.filePath);
});
