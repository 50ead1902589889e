/**
 * What the fields of an item form (a body, a decision, a process …) are
 * filled with, and the choices of its selects as Field takes them
 * ({ value, label }[]). The form hands its values and errors to its
 * ItemFields once, with setItemForm; each ItemField reads them by its name.
 */

import { createContext } from 'svelte';

/** The values an item form is filled with, by field name. */
export type ItemValues = Record<string, string | number | null | undefined>;
/** The messages of the fields in error, by field name. */
export type ItemErrors = Record<string, string[]>;
/** The props every item form takes: its values and the errors of the fields. */
export type ItemFormProps = { values: ItemValues; errors?: ItemErrors };

/**
 * getItemForm: the values and errors of the item form around an ItemField.
 * setItemForm: called once by an item form, with a function that gives its
 * current props (so a form that comes back with errors shows them).
 */
export const [getItemForm, setItemForm] = createContext<() => ItemFormProps>();

/** The value of a field as the form shows it: a string, empty when there is none. */
export const valueOf = (values: ItemValues, name: string): string => {
	const value = values[name];
	return value === null || value === undefined ? '' : String(value);
};

export type Option = { value: string; label: string };

/** One choice per code, in the table's order: { code: name } → options. */
export const optionsOf = (labels: Record<string, string>): Option[] =>
	Object.entries(labels).map(([value, label]) => ({ value, label }));

/** One choice per item (its id, its name), after the empty choice `none` when given. */
export const itemOptions = (items: { id: number; name: string }[], none?: string): Option[] => [
	...(none === undefined ? [] : [{ value: '', label: none }]),
	...items.map((i) => ({ value: String(i.id), label: i.name }))
];
