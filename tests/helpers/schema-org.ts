/**
 * Checks JSON-LD against schema.org's vocabulary as the `schema-dts` package
 * publishes it (its TypeScript definitions are generated from the schema.org
 * vocabulary file): every `@type` is a schema.org type, every property is
 * one that type has (its own or inherited), and every typed value of a
 * property is of a type the property's range allows (a GovernmentOrganization
 * is an Organization). The definitions are read with the TypeScript parser,
 * not copied into a list here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

interface Vocabulary {
	/** Interface name → the interfaces it extends and its properties with their range types. */
	readonly interfaces: Map<string, { readonly extends: string[]; readonly props: Map<string, string[]> }>;
	/** Type alias name → the names in its union (`Organization = OrganizationLeaf | Airline | …`). */
	readonly aliases: Map<string, string[]>;
}

function typeNames(node: ts.TypeNode): string[] {
	if (ts.isUnionTypeNode(node)) return node.types.flatMap(typeNames);
	if (ts.isTypeReferenceNode(node)) return [node.typeName.getText()];
	return [];
}

let vocabulary: Vocabulary | undefined;
function load(): Vocabulary {
	if (vocabulary) return vocabulary;
	const file = createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts');
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
	const interfaces: Vocabulary['interfaces'] = new Map();
	const aliases: Vocabulary['aliases'] = new Map();
	for (const statement of source.statements) {
		if (ts.isInterfaceDeclaration(statement)) {
			const props = new Map<string, string[]>();
			for (const member of statement.members) {
				if (!ts.isPropertySignature(member) || !member.type) continue;
				const name = member.name.getText().replace(/^"|"$/g, '');
				// SchemaValue<Range, "name">: the first type argument is the range.
				const range = ts.isTypeReferenceNode(member.type) && member.type.typeArguments?.[0] ? typeNames(member.type.typeArguments[0]) : [];
				props.set(name, range);
			}
			const parents = (statement.heritageClauses ?? []).flatMap((clause) => clause.types.map((type) => type.expression.getText()));
			interfaces.set(statement.name.text, { extends: parents, props });
		} else if (ts.isTypeAliasDeclaration(statement)) {
			aliases.set(statement.name.text, typeNames(statement.type));
		}
	}
	vocabulary = { interfaces, aliases };
	return vocabulary;
}

/** A type's properties, its own and inherited, with their ranges; undefined when schema.org has no such type. */
function propertiesOf(type: string): Map<string, string[]> | undefined {
	const { interfaces } = load();
	const leaf = interfaces.get(`${type}Leaf`);
	if (!leaf) return undefined;
	const props = new Map<string, string[]>();
	const visit = (name: string) => {
		const node = interfaces.get(name);
		if (!node) return;
		for (const [prop, range] of node.props) if (!props.has(prop)) props.set(prop, range);
		node.extends.forEach(visit);
	};
	visit(`${type}Leaf`);
	return props;
}

/** True when `type` is `range` or one of its subtypes. */
function isA(type: string, range: string): boolean {
	const { aliases } = load();
	const seen = new Set<string>();
	const walk = (name: string): boolean => {
		if (name === type || name === `${type}Leaf`) return true;
		if (seen.has(name)) return false;
		seen.add(name);
		return (aliases.get(name) ?? []).some(walk);
	};
	return walk(range);
}

/** Every problem in a JSON-LD node and the nodes inside it, as "path: what is wrong"; empty when all is schema.org. */
export function schemaOrgProblems(node: unknown, path = '$'): string[] {
	if (Array.isArray(node)) return node.flatMap((item, i) => schemaOrgProblems(item, `${path}[${i}]`));
	if (typeof node !== 'object' || node === null) return [];
	const record = node as Record<string, unknown>;
	const type = record['@type'];
	if (type === undefined) {
		// A reference to a node described elsewhere: only its @id.
		return Object.keys(record).every((key) => key === '@id') ? [] : [`${path}: a node without @type`];
	}
	if (typeof type !== 'string') return [`${path}: @type is not one type`];
	const props = propertiesOf(type);
	if (!props) return [`${path}: schema.org has no type ${type}`];
	const problems: string[] = [];
	for (const [key, value] of Object.entries(record)) {
		if (key.startsWith('@')) continue;
		// Potential actions annotate a property with `-input`/`-output` (https://schema.org/docs/actions.html).
		const name = key.replace(/-(input|output)$/, '');
		const range = props.get(name);
		if (!range) {
			problems.push(`${path}.${key}: not a property of ${type}`);
			continue;
		}
		for (const item of Array.isArray(value) ? value : [value]) {
			const itemType = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['@type'] : undefined;
			if (typeof itemType === 'string' && !range.some((allowed) => isA(itemType, allowed))) {
				problems.push(`${path}.${key}: a ${itemType} is not in its range (${range.join(', ')})`);
			}
		}
		problems.push(...schemaOrgProblems(value, `${path}.${key}`));
	}
	return problems;
}

/** True when schema.org has a type of this name. */
export function isSchemaOrgType(type: string): boolean {
	return propertiesOf(type) !== undefined;
}
