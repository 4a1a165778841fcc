/**
 * Checks FollowTheMoney entities against FtM's own model, as the
 * `@alephdata/followthemoney` package ships it (its default model), not
 * against a copy written here: the schema exists and is concrete, every
 * property exists on that schema, every value fits its property's type, and
 * every required property (of the schema and the schemata it extends) is set.
 */
import { Model, defaultModel, type Property } from '@alephdata/followthemoney';
import type { FtmEntity } from '../../src/lib/exports/ftm.ts';

export const ftmModel = new Model(defaultModel);

/**
 * FtM's entity id rule (followthemoney/types/entity.py, `EntityType.REGEX`):
 * the JavaScript package keeps only the length limit (`maxLength` of the
 * entity type), so the pattern is taken from the Python reference.
 */
const ENTITY_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
/** FtM's date type: an ISO 8601 prefix, as the type's description in the model says (`2021`, `2021-02`, `2021-02-16`, `2021-02-16T21:48`). */
const FTM_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?)?)?$/;

function valueProblem(property: Property, value: unknown, schemaOf: ReadonlyMap<string, string>): string | undefined {
	if (typeof value !== 'string' || value.trim() === '') return 'is not a non-empty string';
	const { type } = property;
	if (value.length > Math.min(property.maxLength || Infinity, type.maxLength || Infinity)) return `is longer than ${type.name} allows`;
	if (type.isEntity) {
		const target = schemaOf.get(value);
		if (target === undefined) return `points to ${value}, which is not in the file`;
		if (!ftmModel.getSchema(target).isA(property.getRange())) return `points to a ${target}, not a ${property.getRange().name}`;
		return undefined;
	}
	if (type.values.size > 0 && !type.values.has(value)) return `is not one of the ${type.name} values FtM knows`;
	if (type.name === 'date' && !FTM_DATE.test(value)) return 'is not an FtM date';
	if (type.name === 'url' && !/^https?:\/\//.test(value)) return 'is not an http(s) address';
	return undefined;
}

/** Every problem of every entity, as "id › property: what is wrong"; empty when all are valid. */
export function ftmProblems(entities: readonly FtmEntity[]): string[] {
	const problems: string[] = [];
	const schemaOf = new Map(entities.map((entity) => [entity.id, entity.schema]));
	if (schemaOf.size !== entities.length) problems.push('two entities share an id');
	const entityIdMax = ftmModel.getType('entity').maxLength;
	for (const entity of entities) {
		if (!ENTITY_ID.test(entity.id) || entity.id.length > entityIdMax) problems.push(`${entity.id}: not a valid FtM id`);
		const schema = ftmModel.schemata[entity.schema];
		if (!schema) {
			problems.push(`${entity.id}: no FtM schema "${entity.schema}"`);
			continue;
		}
		if (schema.abstract || schema.deprecated) problems.push(`${entity.id}: ${schema.name} is abstract or deprecated`);
		for (const [name, values] of Object.entries(entity.properties)) {
			if (!schema.hasProperty(name)) {
				problems.push(`${entity.id} › ${name}: not a property of ${schema.name}`);
				continue;
			}
			const property = schema.getProperty(name);
			if (!Array.isArray(values) || values.length === 0) problems.push(`${entity.id} › ${name}: not a list of values`);
			for (const value of values) {
				const problem = valueProblem(property, value, schemaOf);
				if (problem) problems.push(`${entity.id} › ${name}: "${value}" ${problem}`);
			}
		}
		const required = new Set([schema, ...schema.getParents()].flatMap((each) => each.required));
		for (const name of required) if (!entity.properties[name]?.length) problems.push(`${entity.id}: required ${name} missing`);
	}
	return problems;
}
