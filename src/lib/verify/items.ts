import type { Path } from '../content/yaml-document.ts';
import { showControls } from '../text/bidi.ts';

/** `citations[0].quote` */
export function formatPath(path: Path): string {
	let text = '';
	for (const key of path) {
		if (typeof key === 'number') text += `[${key}]`;
		else text += text ? `.${key}` : key;
	}
	return text;
}

function at(value: unknown, key: string | number): unknown {
	return value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
}

/**
 * Names the item a path inside a sheet points into, as an author would look
 * for it: a fact by its id, a role by its title, a relation by type and
 * target. Returns the item and the rest of the path as the field.
 */
export function describeSheetPath(data: unknown, path: Path): { item?: string; field?: string } {
	const [list, index, ...rest] = path;
	const field = (keys: Path) => (keys.length > 0 ? formatPath(keys) : undefined);
	if (typeof index !== 'number' || (list !== 'facts' && list !== 'roles' && list !== 'relations')) {
		const whole = field(path);
		return whole === undefined ? {} : { field: whole };
	}
	const entry = at(at(data, list), index);
	const id = at(entry, 'id');
	const title = at(entry, 'title');
	const type = at(entry, 'type');
	const target = at(entry, 'target');
	let item: string;
	if (list === 'facts') item = typeof id === 'string' ? `fact "${id}"` : `facts[${index}]`;
	else if (list === 'roles') item = typeof title === 'string' ? `role "${title}"` : `roles[${index}]`;
	else item = typeof type === 'string' && typeof target === 'string' ? `relation "${type} ${target}"` : `relations[${index}]`;
	// A bidi control in an id or title would reorder the report line itself: it is written out as `<U+202E>`.
	item = showControls(item);
	const described: { item?: string; field?: string } = { item };
	const restField = field(rest);
	if (restField !== undefined) described.field = restField;
	return described;
}
