import type { BarrierStatus } from './vocabulary.ts';

/**
 * How a barrier moves: new → taken up → being resolved → resolved or
 * remains. A step goes forward only (a barrier that remains may be taken up
 * again); resolving names the decision that resolved it. Pure.
 */
const NEXT: Record<BarrierStatus, BarrierStatus[]> = {
	new: ['taken_up'],
	taken_up: ['being_resolved', 'resolved', 'remains'],
	being_resolved: ['resolved', 'remains'],
	resolved: [],
	remains: ['taken_up']
};

/** The steps a barrier in `status` may take next. */
export const nextSteps = (status: BarrierStatus): BarrierStatus[] => NEXT[status];

/** Why a step from `from` to `to` is refused, or null when it may be taken. */
export function stepRefusal(from: BarrierStatus, to: BarrierStatus): string | null {
	if (NEXT[from].includes(to)) return null;
	if (from === 'resolved') return 'Hindret är redan löst.';
	return 'Hindret kan inte gå till det steget härifrån.';
}
