import type { SavedMeanwhile } from '../../core/outcome.ts';
import { Visibility, optionalInt, optionalText, text } from '../../core/fields.ts';
import { ContentVisibility, CountyCode, SourceFile } from '../counties/index.ts';
import { z } from '../../core/zod.ts';
import { FOCUS_SHIFTS } from '../../core/vocabulary.ts';

const VISION_ITEM_KINDS = [
	'citizen_statement',
	'focus_shift',
	'principle',
	'core_value',
	'direction_stage',
	'concept',
	'strategy_step'
] as const;
export const VisionItemKind = z.enum(VISION_ITEM_KINDS);
export const FocusShiftKey = z.enum(FOCUS_SHIFTS);
export const VisionItem = z
	.object({
		id: z.number().int().openapi({
			description:
				'delens id i den här versionen; skicka det med när en ny version publiceras, så behåller en oförändrad del sin källa'
		}),
		kind: VisionItemKind,
		position: z.number().int(),
		title: z.string(),
		body: z.string(),
		fromText: z.string().nullable(),
		toText: z.string().nullable(),
		focusShiftKey: FocusShiftKey.nullable(),
		source: SourceFile
	})
	.openapi('VisionItem');
export const Vision = z
	.object({
		id: z.number().int().openapi({ description: 'versionens id (historiken finns per version)' }),
		countyCode: CountyCode,
		version: z.number().int().positive(),
		title: z.string(),
		subtitle: z.string(),
		intro: z.string(),
		source: SourceFile,
		publishedAt: z.iso.datetime(),
		visibility: ContentVisibility,
		items: z.array(VisionItem)
	})
	.openapi('Vision');
export type Vision = z.infer<typeof Vision>;
export type VisionItem = z.infer<typeof VisionItem>;
export const VisionVersion = z
	.object({
		id: z.number().int(),
		version: z.number().int().positive(),
		title: z.string(),
		publishedAt: z.iso.datetime(),
		publishedBy: z.string().nullable().openapi({
			description: 'namnet på den som publicerade versionen (ur historiken); null om okänt'
		}),
		visibility: ContentVisibility,
		source: SourceFile
	})
	.openapi('VisionVersion');
export const VisionVersions = z
	.object({ versions: z.array(VisionVersion) })
	.openapi('VisionVersions');
export type VisionVersion = z.infer<typeof VisionVersion>;

// ——— Vision: a new version is published as a whole

/**
 * One row of the vision form. A row with an empty title is left out of the
 * new version: that is how an item is removed, and how the form's empty rows
 * for new items are ignored.
 */
export const VisionItemDraft = z
	.object({
		kind: z.enum(VISION_ITEM_KINDS, { error: 'Välj vilken del av målbilden raden hör till.' }),
		id: optionalInt(
			'Raden hänvisar till en del av målbilden som inte finns.',
			1,
			2147483647
		).openapi({
			description:
				'id för delen i en tidigare version som raden bygger på; utelämnas för en ny del. En oförändrad del behåller sin källa.'
		}),
		title: optionalText('rubriken', 500).openapi({
			description: 'tom rubrik = delen tas bort ur den nya versionen'
		}),
		body: optionalText('texten', 10000),
		fromText: optionalText('från-texten', 500).openapi({
			description: 'för förflyttningar (focus_shift): vad vi går från'
		}),
		toText: optionalText('till-texten', 500).openapi({
			description: 'för förflyttningar (focus_shift): vad vi går till'
		})
	})
	.superRefine((item, ctx) => {
		if (!item.title) {
			if (item.id === undefined && (item.body || item.fromText || item.toText))
				ctx.addIssue({
					code: 'custom',
					path: ['title'],
					message: 'Skriv en rubrik, eller töm raden.'
				});
			return;
		}
		if (item.kind !== 'focus_shift') return;
		if (!item.fromText)
			ctx.addIssue({
				code: 'custom',
				path: ['fromText'],
				message: 'Skriv vad förflyttningen går från.'
			});
		if (!item.toText)
			ctx.addIssue({
				code: 'custom',
				path: ['toText'],
				message: 'Skriv vad förflyttningen går till.'
			});
	})
	.openapi('VisionItemDraft');
export const VisionVersionInput = z
	.object({
		basedOnVersion: z.coerce
			.number({ error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
			.int({ error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
			.min(0, { error: 'Formuläret saknar versionsnummer. Ladda om sidan och försök igen.' })
			.openapi({
				description:
					'versionen som den nya bygger på (0 när länet saknar målbild); har en nyare publicerats ger det 409 Conflict'
			}),
		title: text('en rubrik', 300),
		subtitle: optionalText('underrubriken', 300),
		intro: text('en ingress', 5000),
		visibility: Visibility.default('public'),
		items: z
			.array(VisionItemDraft, { error: 'Målbildens delar ska vara en lista.' })
			.max(500, { error: 'Målbilden får ha högst 500 delar.' })
			.default([])
	})
	.openapi('VisionVersionInput');
export type VisionVersionInput = z.infer<typeof VisionVersionInput>;

/** A version as the audit log and a conflict show it. */
export interface VisionSummary {
	version: number;
	title: string;
	subtitle: string;
	intro: string;
	visibility: 'public' | 'internal';
	items: {
		kind: z.infer<typeof VisionItemKind>;
		title: string;
		body: string;
		fromText: string | null;
		toText: string | null;
	}[];
}

/** A publication refused because someone published first: the version published meanwhile. */
export type VisionConflict = SavedMeanwhile<VisionSummary & { id: number }>;
