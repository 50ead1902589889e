import { expect, test } from 'vitest';

/** Every module's words of the audit log, composed as the app composes them: no field named twice. */
test('the composed labels of all modules load, and every module’s entities are named', async () => {
	const { LABELS } = await import('./labels.ts');
	for (const entity of [
		'support_offer',
		'course_round',
		'participant_assignment',
		'lived_experience_offer',
		'campaign'
	])
		expect(LABELS.entities, entity).toHaveProperty(entity);
	expect(LABELS.fields).toMatchObject({ offerId: 'stöd (id)', participantOfferId: 'anmälan' });
});
