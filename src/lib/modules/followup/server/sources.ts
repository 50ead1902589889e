/**
 * What figures are credited to (the data's terms ask for it): Kolada's own
 * values, and SCB's population as published through Kolada.
 */
export const KOLADA_SOURCE = 'Kolada';
export const SCB_SOURCE = 'SCB via Kolada';
/** population and its projection fetched from SCB's statistical database itself */
export const SCB_DIRECT_SOURCE = 'SCB';
