import type { StoryStatus } from './vocabulary.ts';

/**
 * The pure rules of moderation: what a report does to a story, and what a
 * moderator's decision makes of it.
 */

/** Reports after which a published story is hidden until a moderator looks again (Decidim: 3). */
export const REPORTS_TO_HIDE = 3;

/** The state of a story after one more report. */
export function afterReport(
	status: StoryStatus,
	openReports: number,
	threshold = REPORTS_TO_HIDE
): { status: StoryStatus; openReports: number } {
	if (status !== 'published') return { status, openReports };
	const reports = openReports + 1;
	return { status: reports >= threshold ? 'hidden' : 'published', openReports: reports };
}

export type Decision = 'publish' | 'publish_edited' | 'reject';

/** Which decisions a moderator may take on a story in this state. */
export function decisionsFor(status: StoryStatus): Decision[] {
	switch (status) {
		case 'pending':
		case 'hidden':
			return ['publish', 'publish_edited', 'reject'];
		case 'published':
			return ['publish_edited', 'reject'];
		case 'rejected':
			return [];
	}
}

/** The text readers see: the edited version where a moderator made one. */
export function publicText(story: {
	whatHappened: string | null;
	whatMattered: string | null;
	editedHappened: string | null;
	editedMattered: string | null;
}): { whatHappened: string; whatMattered: string } {
	const edited = story.editedHappened !== null;
	return {
		whatHappened: (edited ? story.editedHappened : story.whatHappened) ?? '',
		whatMattered: (edited ? story.editedMattered : story.whatMattered) ?? ''
	};
}
