/**
 * A minimal XML writer: text and attribute values are always escaped, and markup can only come
 * from `el`, so no content can end up in the output unescaped. Pure.
 */

const MARKUP = Symbol('xml');

/** Markup made by `el`; plain strings are always treated as text. */
export interface Xml {
	readonly [MARKUP]: string;
}

export type XmlChild = Xml | string | null | undefined | false | readonly XmlChild[];
export type XmlAttrs = Record<string, string | null | undefined>;

/** Characters XML 1.0 does not allow at all (C0 controls except tab, LF, CR; lone surrogates…). */
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Escapes text for element content or a quoted attribute value, dropping disallowed characters. */
export function escapeXml(text: string): string {
	return text.replace(INVALID, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function isXml(value: unknown): value is Xml {
	return typeof value === 'object' && value !== null && MARKUP in value;
}

function serialize(child: XmlChild): string {
	if (child === null || child === undefined || child === false) return '';
	if (typeof child === 'string') return escapeXml(child);
	if (isXml(child)) return child[MARKUP];
	return (child as readonly XmlChild[]).map(serialize).join('');
}

/** An element; attributes whose value is null or undefined are left out. */
export function el(name: string, attrs: XmlAttrs = {}, ...children: XmlChild[]): Xml {
	if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
	let open = name;
	for (const [key, value] of Object.entries(attrs)) {
		if (!NAME.test(key)) throw new Error(`Not an XML attribute name: ${key}`);
		if (value !== null && value !== undefined) open += ` ${key}="${escapeXml(value)}"`;
	}
	const content = serialize(children);
	return { [MARKUP]: content === '' ? `<${open}/>` : `<${open}>${content}</${name}>` };
}

/** A complete document: the XML declaration, then the root element. */
export function xmlDocument(root: Xml): string {
	return `<?xml version="1.0" encoding="utf-8"?>\n${root[MARKUP]}\n`;
}
