/**
 * The four parts of the yearly follow-up of the roadmap, in the frame of
 * Region Värmland's account of 2023 (000: "beskriver arbetet under 2023 och
 * belyser framsteg, utmaningar och den fortsatta vägen framåt"). Client-safe.
 */

export const SECTION_KEYS = ['work', 'progress', 'challenges', 'forward'] as const;
export type Section = (typeof SECTION_KEYS)[number];

export const SECTION_TITLES: Record<Section, string> = {
	work: 'Årets arbete',
	progress: 'Framsteg',
	challenges: 'Utmaningar',
	forward: 'Vägen framåt'
};

/** The part of each section's address and anchor: /berattelse/2023/framsteg. */
export const SECTION_SLUGS: Record<Section, string> = {
	work: 'arets-arbete',
	progress: 'framsteg',
	challenges: 'utmaningar',
	forward: 'vagen-framat'
};

export const sectionOfSlug = (slug: string): Section | undefined =>
	SECTION_KEYS.find((k) => SECTION_SLUGS[k] === slug);

/** The report's name and where its frame comes from. */
export const REPORT_TITLE = 'Uppföljning av färdplanen';
export const FRAME_SOURCE =
	'Ramen: Region Värmland, Tidslinje för omställningen till nära vård i Värmland (000): ”Uppföljningen beskriver arbetet under 2023 och belyser framsteg, utmaningar och den fortsatta vägen framåt.”';
