import {
	BARRIER_KINDS,
	BARRIER_STATUSES,
	type BarrierKind,
	type BarrierStatus
} from './vocabulary.ts';

export interface BarrierCount {
	kind: BarrierKind;
	status: BarrierStatus;
	count: number;
}

/** How many barriers of each kind are in each status: every kind × status that has any. Pure. */
export function countBarriers(
	list: { kind: BarrierKind; status: BarrierStatus }[]
): BarrierCount[] {
	const out: BarrierCount[] = [];
	for (const kind of BARRIER_KINDS)
		for (const status of BARRIER_STATUSES) {
			const count = list.filter((b) => b.kind === kind && b.status === status).length;
			if (count) out.push({ kind, status, count });
		}
	return out;
}
