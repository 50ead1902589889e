/**
 * The one rule for the title of a new initiative, the same for the form,
 * the API and the file import: a title that is the same as, or close to, a
 * title in the county (archived initiatives too) is never refused. The
 * person is warned and confirms that it is a new initiative: in the form and
 * the API with `confirmSimilar`, in the import by confirming the preview
 * (the web page), or by running it after the dry run (command line, API).
 * Two rows of one file with the same title are warned about the same way.
 */

export interface KnownTitle {
	title: string;
	archived?: boolean;
}

const names = (list: readonly KnownTitle[]) =>
	list.map((m) => `"${m.title}"${m.archived ? ' (arkiverad)' : ''}`).join(', ');

/** The form's and the API's warning (field confirmSimilar), or null when no title is close. */
export function formTitleWarning(similar: readonly KnownTitle[]): string | null {
	if (!similar.length) return null;
	return `Det finns redan ${similar.length === 1 ? 'en insats' : 'insatser'} med liknande namn i länet: ${names(similar)}. Kontrollera att det inte är samma insats. Är den ny, kryssa i att du har kontrollerat och spara igen.`;
}

/** The import's warning for a row whose title is the same as or close to ones in the county. */
export function importTitleWarning(matches: readonly (KnownTitle & { exact: boolean })[]): string {
	const exact = matches.find((m) => m.exact);
	const same = exact
		? `Det finns redan en insats som heter "${exact.title}"${exact.archived ? ' (arkiverad)' : ''} i länet`
		: `Liknar ${names(matches)}, som redan finns i länet`;
	return `${same}. Kontrollera att det inte är samma insats; är den ny kan du läsa in den ändå.`;
}

/** The import's warning for a row with the same title as an earlier row of the file. */
export const sameTitleInFileWarning = (firstRow: number) =>
	`Samma namn som rad ${firstRow}. Kontrollera att det inte är samma insats två gånger; är det två olika insatser kan du läsa in dem ändå.`;
