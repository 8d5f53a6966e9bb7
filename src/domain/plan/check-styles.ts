/**
 * The looks of the check column's conditional formats: a mismatch or an excess in red, a match in
 * green (Excel's own "Light Red Fill with Dark Red Text" and "Green Fill with Dark Green Text"). The
 * plan writes them and the ownership rule recognises the tool's formats by them, so a user's rule
 * testing the same label in a look of the user's own stays.
 */
export const BAD_STYLE = { fill: '#FFC7CE', fontColor: '#9C0006' } as const;
export const GOOD_STYLE = { fill: '#C6EFCE', fontColor: '#006100' } as const;

export const CHECK_LOOKS: readonly { readonly fill: string; readonly fontColor: string }[] = [BAD_STYLE, GOOD_STYLE];
