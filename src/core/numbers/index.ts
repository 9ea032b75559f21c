/** Numbers as SAKIP tables write them: parsing, column conventions and formatting (domain.md section 2). */
export type { NumberConvention, NumberFlags, ParsedNumber, ParseContext } from './types';
export { parseAngka } from './parse';
export { detectColumnConvention, mixedConventions } from './column';
export { formatAngka } from './format';
