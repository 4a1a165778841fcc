import { z } from 'zod';
import { metricIdSchema } from './ids.ts';

/** How a figure relates to the true number, in the source's own terms. */
export const FIGURE_QUALIFIERS = {
	exact: '',
	'at-least': 'at least',
	'more-than': 'more than',
	'as-many-as': 'as many as',
	about: 'about',
	nearly: 'nearly',
	/** Vague counts: the source gives no number, so `value` is left out. */
	dozens: 'dozens',
	hundreds: 'hundreds',
	thousands: 'thousands',
	'tens-of-thousands': 'tens of thousands',
} as const;
export type FigureQualifier = keyof typeof FIGURE_QUALIFIERS;
const qualifierNames = Object.keys(FIGURE_QUALIFIERS) as [FigureQualifier, ...FigureQualifier[]];

/** Qualifiers that stand for a number the source does not give; any `value` would be invented. */
export const VAGUE_QUALIFIERS: ReadonlySet<FigureQualifier> = new Set(['dozens', 'hundreds', 'thousands', 'tens-of-thousands']);

/**
 * A number a fact reports: a death toll, a count of arrests. The fact's
 * `asOf` (or `date`) and `claimant` say when and by whom; figures that differ
 * are all kept, none overwrites another.
 */
export const figureSchema = z
	.strictObject({
		/** The metric, declared in `content/metrics.yaml` (for example `harbour-closures`). */
		metric: metricIdSchema,
		/** The number as reported. Left out for vague counts ("hundreds"): the source gives none. */
		value: z.number().nonnegative().optional(),
		/** How the value relates to the truth, as the source words it. */
		qualifier: z.enum(qualifierNames, { message: `expected one of: ${qualifierNames.join(', ')}` }).default('exact'),
	})
	.refine((figure) => (figure.value === undefined) === VAGUE_QUALIFIERS.has(figure.qualifier), {
		message: `give \`value\` for a number the source states; leave it out only with a vague qualifier (${[...VAGUE_QUALIFIERS].join(', ')})`,
	});
export type Figure = z.output<typeof figureSchema>;

/**
 * A metric: what is counted. Declared once in `content/metrics.yaml` so that
 * every figure of it lands on the same page.
 */
export const metricSchema = z.strictObject({
	/** A short label ("Harbour closures"). */
	label: z.string().trim().min(1),
	/** The unit counted, plural ("people", "arrests", "per cent"). */
	unit: z.string().trim().min(1),
	/** One sentence saying exactly what is counted. */
	description: z.string().trim().min(1),
});
export type Metric = z.output<typeof metricSchema>;
export const metricsFileSchema = z.record(z.string(), metricSchema);
