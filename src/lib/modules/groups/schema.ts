import { Visibility, optionalText, text, withRevision } from '../../core/fields.ts';
import { ContentVisibility, Organisation, SourceFile } from '../counties/index.ts';
import { z } from '../../core/zod.ts';

export const GroupLevel = z.enum(['county', 'subregional', 'local', 'political']);
export const Group = z
	.object({
		id: z.number().int(),
		name: z.string(),
		level: GroupLevel,
		composition: z.string(),
		mandate: z.string(),
		source: SourceFile,
		visibility: ContentVisibility
	})
	.openapi('Group');
export const Organisations = z
	.object({ organisations: z.array(Organisation), groups: z.array(Group) })
	.openapi('Organisations');
export type Group = z.infer<typeof Group>;
export const EditableGroup = z
	.object({
		id: z.number().int(),
		revision: z.number().int().positive(),
		source: SourceFile,
		name: z.string(),
		level: GroupLevel,
		composition: z.string(),
		mandate: z.string(),
		visibility: ContentVisibility
	})
	.openapi('EditableGroup');

// ——— Bodies (samverkansorgan)

export const GroupInput = z
	.object({
		name: text('ett namn', 200),
		level: z.enum(['county', 'subregional', 'local', 'political'], {
			error: 'Välj organets nivå.'
		}),
		composition: optionalText('sammansättningen', 10000),
		mandate: optionalText('uppdraget', 10000),
		visibility: Visibility.default('public')
	})
	.openapi('GroupInput');
export const GroupUpdate = withRevision(GroupInput, 'GroupUpdate');
export type GroupInput = z.infer<typeof GroupInput>;
export type EditableGroup = z.infer<typeof EditableGroup>;
