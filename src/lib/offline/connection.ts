/** The part of the Network Information API (`navigator.connection`) the site reads. */
export interface ConnectionInfo {
	saveData?: boolean | undefined;
	effectiveType?: string | undefined;
}

/**
 * Whether saving the whole site in the background is welcome. A reader who asked the browser to
 * save data, or is on a 2G-class connection, pays for every megabyte and waits for it, so on such
 * a connection nothing is downloaded until they ask ("Save for offline"). Browsers without the
 * API (Firefox, Safari) report nothing, and get the download: most of their readers are not on
 * 2G, and the download starts only after the page has loaded.
 */
export function isGoodConnection(connection: ConnectionInfo | undefined): boolean {
	if (!connection) return true;
	if (connection.saveData === true) return false;
	return !/(?:^|-)2g$/.test(connection.effectiveType ?? '');
}
