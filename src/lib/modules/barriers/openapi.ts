import type { ApiPaths } from '../../platform/api/openapi.ts';
import { leadershipPaths } from '../meetings/index.server.ts';
import { Barrier, BarrierInput, BarrierStep, Barriers, SavedBarrier } from './schema.ts';

/** The barriers' paths in the API document. */
export const openapi = {
	all: (registry) =>
		leadershipPaths(registry, {
			path: 'barriers',
			list: [
				'Hinder och målkonflikter med antal per slag och status (namnet på den som lyfte visas bara internt)',
				Barriers
			],
			one: ['Ett hinder med sina steg', Barrier],
			create: ['Lyft ett hinder (alla med roll i länet)', BarrierInput, SavedBarrier],
			write: [
				'steps',
				'Nästa steg för ett hinder (samordnare): upptaget, åtgärdas, löst med beslut, kvarstår',
				BarrierStep
			]
		})
} satisfies Record<string, ApiPaths>;
