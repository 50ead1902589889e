import { page } from '$app/state';
import { translator, type Translate } from '../i18n/index.ts';

/** The translate function for the page being shown. */
export function useT(): Translate {
	return translator(page.data.locale ?? 'sv');
}
