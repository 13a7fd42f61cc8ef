/**
 * The base of Starlight's "Edit this page" links, from the repository the deploy builds.
 *
 * Why an environment variable: the site is published from whatever fork or repository the author
 * deploys, and GitHub's workflow knows it (`github.server_url`/`github.repository` and the branch)
 * while the source does not. Starlight appends each page's path from the project root, so the base
 * ends at the branch: `https://github.com/octocat/cnn-notes/edit/main/`. Local and test builds set
 * nothing and get no edit link rather than one that points at someone else's repository.
 */
export function editLinkBase(
	repositoryUrl: string | undefined,
	branch: string | undefined,
): string | undefined {
	const repo = repositoryUrl?.trim().replace(/\/+$/, '');
	if (!repo) return undefined;
	if (!/^https?:\/\/[^/]+\/[^/]+\/[^/]+$/.test(repo)) {
		throw new Error(`REPOSITORY_URL must look like https://github.com/OWNER/REPO, not "${repo}"`);
	}
	return `${repo}/edit/${branch?.trim() || 'main'}/`;
}
