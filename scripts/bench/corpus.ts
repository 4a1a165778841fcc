/**
 * A synthetic corpus for the benchmark: N sheets with the real schema
 * (people and organisations of several kinds), each with about ten cited
 * facts, roles, relations, wiki-links and some figures, and one source per
 * about 50 sheets whose stored text holds every quote. Deterministic: the same
 * N always gives the same files, so runs compare.
 *
 * It passes every rule of the verifier as real content must
 * (docs/content-model.md, "What a quote must support"): the stored text is
 * written to state what each item says, one paragraph per sheet that names
 * its subject and every sheet its items name; each quote is that text word
 * for word (a joined quote leaves out only an aside), holding every number
 * and date its fields and statement give; and every source is published,
 * as its dateline says, after the days its articles report.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
// The site's own seeded generator (mulberry32), so the corpus is the same on every run.
import { seededRandom as seeded } from '../../src/lib/graph/layout.ts';

/**
 * The vocabulary the corpus's kinds and relation types come from: the default
 * one (the fixture site's, which `npm run new-site` keeps), whatever this
 * site's own content/ declares.
 */
const VOCABULARY_FILES = ['kinds.yaml', 'relation-types.yaml'] as const;
const DEFAULT_VOCABULARY = new URL('../../tests/fixtures/valid/content/', import.meta.url);

/** Sheets per source: each source's stored text holds the quotes of about this many sheets. */
export const SHEETS_PER_SOURCE = 50;

/** The fact the rebuild measurement edits, and every page that must show the edit. */
/** The sheets' file format: Markdown (what docs/content-model.md recommends) or MDX. */
export type SheetFormat = 'md' | 'mdx';

export interface EditTarget {
	/** Path of the sheet's file from the corpus root. */
	readonly file: string;
	/** The fact's statement, exactly as written in the file. */
	readonly statement: string;
	/** Pages (paths under dist/) that show this statement. */
	readonly pagesShowingIt: readonly string[];
}

export interface CorpusSummary {
	readonly sheets: number;
	readonly people: number;
	readonly organisations: number;
	readonly sources: number;
	readonly metrics: number;
	readonly facts: number;
	readonly citations: number;
	readonly relations: number;
	readonly wikiLinks: number;
	readonly sourceTextBytes: number;
	readonly edit: EditTarget;
}

/**
 * Middle initials that tell same-named people apart in large corpora. No L:
 * "L." and "I." look alike (src/lib/verify's confusable-name rule compares
 * them case-folded), so a check would rightly refuse "Azadeh L. Ahmadi"
 * beside "Azadeh I. Ahmadi". A to K come first, as before, so corpora of up
 * to 10,000 sheets are unchanged.
 */
const INITIALS = 'ABCDEFGHIJKMNOPQRSTUVWXYZ';

const FIRST = [
	'Amir', 'Leila', 'Dariush', 'Shirin', 'Kamran', 'Nasrin', 'Bijan', 'Parisa', 'Farhad', 'Mina',
	'Reza', 'Golnar', 'Omid', 'Azadeh', 'Babak', 'Niloufar', 'Siavash', 'Roya', 'Kian', 'Yasmin',
	'Arash', 'Soraya', 'Behrouz', 'Mahsa', 'Cyrus', 'Elham', 'Hamid', 'Laleh', 'Nima', 'Taraneh',
	'Anna', 'Jonas', 'Claire', 'Marco', 'Ingrid', 'Tomas', 'Helen', 'Pieter', 'Sofia', 'David',
];
/**
 * Another spelling of each first name, as transliterations and sources vary:
 * a person's alias is the name so spelled (never the surname-first form,
 * which the A–Z of names files every person under already).
 */
const FIRST_VARIANT: Readonly<Record<string, string>> = {
	Amir: 'Ameer', Leila: 'Layla', Dariush: 'Daryoush', Shirin: 'Shireen', Kamran: 'Kamraan', Nasrin: 'Nasreen', Bijan: 'Bizhan', Parisa: 'Pareesa', Farhad: 'Farhaad', Mina: 'Meena',
	Reza: 'Riza', Golnar: 'Golnaar', Omid: 'Omeed', Azadeh: 'Azada', Babak: 'Baabak', Niloufar: 'Nilufar', Siavash: 'Siyavash', Roya: 'Rouya', Kian: 'Kiyan', Yasmin: 'Yasamin',
	Arash: 'Aarash', Soraya: 'Sorayya', Behrouz: 'Behruz', Mahsa: 'Mahsaa', Cyrus: 'Kourosh', Elham: 'Elhaam', Hamid: 'Hameed', Laleh: 'Lale', Nima: 'Neema', Taraneh: 'Tarane',
	Anna: 'Ana', Jonas: 'Jonah', Claire: 'Clare', Marco: 'Marko', Ingrid: 'Inger', Tomas: 'Thomas', Helen: 'Helene', Pieter: 'Peter', Sofia: 'Sophia', David: 'Dawid',
};
const LAST = [
	'Tehrani', 'Moradi', 'Hosseini', 'Karimi', 'Rahimi', 'Jafari', 'Ahmadi', 'Sadeghi', 'Farahani', 'Rostami',
	'Ebrahimi', 'Najafi', 'Ghorbani', 'Mousavi', 'Shirazi', 'Kazemi', 'Bagheri', 'Zamani', 'Heidari', 'Mohammadi',
	'Lindqvist', 'Moreau', 'Rinaldi', 'Keller', 'Novak', 'Hartmann', 'Dubois', 'Visser', 'Almeida', 'Fischer',
	'Okafor', 'Nakamura', 'Petrov', 'Haddad', 'Costa', 'Brennan', 'Larsen', 'Weber', 'Santos', 'Ivanova',
	'Amini', 'Soltani', 'Rezaei', 'Ashrafi', 'Nouri', 'Yazdani', 'Esfahani', 'Golestani', 'Mirzaei', 'Abbasi',
];
const REGIONS = [
	'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Coastal', 'Highland', 'Lowland', 'Border', 'Capital',
	'Provincial', 'Federal', 'Regional', 'Metropolitan', 'Rural', 'Gulf', 'Caspian', 'Alpine', 'Desert', 'River',
];
const TOPICS = [
	'Maritime', 'Energy', 'Labour', 'Justice', 'Health', 'Education', 'Transport', 'Water', 'Trade', 'Security',
	'Housing', 'Press', 'Rights', 'Finance', 'Agriculture', 'Heritage', 'Science', 'Veterans', 'Youth', 'Refugee',
	'Mining', 'Aviation', 'Telecom', 'Customs', 'Election',
];
/** Organisation kinds, with how a description names the kind and the word that ends their names. */
const ORG_TYPES = [
	{ kind: 'government-body', label: 'government body', word: 'Council' },
	{ kind: 'ngo', label: 'NGO', word: 'Watch' },
	{ kind: 'media-outlet', label: 'media outlet', word: 'Tribune' },
	{ kind: 'party', label: 'party', word: 'Party' },
	{ kind: 'government-body', label: 'government body', word: 'Ministry' },
	{ kind: 'armed-force', label: 'armed force', word: 'Guard' },
	{ kind: 'think-tank', label: 'think tank', word: 'Institute' },
	{ kind: 'military-unit', label: 'military unit', word: 'Brigade' },
	{ kind: 'ngo', label: 'NGO', word: 'Foundation' },
	{ kind: 'media-outlet', label: 'media outlet', word: 'Radio' },
	{ kind: 'movement', label: 'movement', word: 'Movement' },
	{ kind: 'international-body', label: 'international body', word: 'Commission' },
	{ kind: 'legislature', label: 'legislature', word: 'Assembly' },
	{ kind: 'intelligence-agency', label: 'intelligence agency', word: 'Directorate' },
	{ kind: 'political-alliance', label: 'political alliance', word: 'Alliance' },
	{ kind: 'organisation', label: 'organisation', word: 'Association' },
] as const;
const CITIES = ['Tehran', 'Geneva', 'Vienna', 'Istanbul', 'Muscat', 'Brussels', 'London', 'Doha', 'Baku', 'Erbil', 'Oslo', 'Rome'];
const TITLES = ['spokesperson', 'director', 'deputy director', 'chief of staff', 'senior adviser', 'board member', 'legal counsel', 'head of research'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Plan {
	readonly index: number;
	readonly slug: string;
	readonly name: string;
	readonly alias: string;
	readonly kind: string;
	/** The kind as a description writes it ("government body"). */
	readonly label: string;
	readonly person: boolean;
	readonly folder: 'people' | 'organisations';
	readonly source: number;
	readonly city: string;
	readonly topic: string;
}

const slugify = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Three of every five sheets are people; names are unique by construction (and so are their aliases). */
function planSheets(count: number): Plan[] {
	const plans: Plan[] = [];
	let people = 0;
	let orgs = 0;
	const sources = Math.max(1, Math.round(count / SHEETS_PER_SOURCE));
	for (let index = 0; index < count; index++) {
		const person = index % 5 < 3;
		let name: string;
		let alias: string;
		let kind: string;
		let label: string;
		if (person) {
			const i = people++;
			const first = FIRST[i % FIRST.length] as string;
			const last = LAST[Math.floor(i / FIRST.length) % LAST.length] as string;
			const round = Math.floor(i / (FIRST.length * LAST.length));
			const middle = round === 0 ? '' : ` ${INITIALS[(round - 1) % INITIALS.length] as string}.${round > INITIALS.length ? ` ${Math.ceil(round / INITIALS.length)}` : ''}`;
			name = `${first}${middle} ${last}`;
			alias = `${FIRST_VARIANT[first] as string}${middle} ${last}`;
			kind = 'person';
			label = 'person';
		} else {
			const i = orgs++;
			const type = ORG_TYPES[i % ORG_TYPES.length] as (typeof ORG_TYPES)[number];
			const rest = Math.floor(i / ORG_TYPES.length);
			const region = REGIONS[rest % REGIONS.length] as string;
			const topic = TOPICS[Math.floor(rest / REGIONS.length) % TOPICS.length] as string;
			const round = Math.floor(rest / (REGIONS.length * TOPICS.length));
			const suffix = round === 0 ? '' : ` ${round + 1}`;
			name = `${region} ${topic} ${type.word}${suffix}`;
			alias = `the ${topic} ${type.word} of the ${region} region${suffix}`;
			kind = type.kind;
			label = type.label;
		}
		plans.push({
			index,
			slug: slugify(name),
			name,
			alias,
			kind,
			label,
			person,
			folder: person ? 'people' : 'organisations',
			source: Math.floor((index * sources) / count),
			city: CITIES[index % CITIES.length] as string,
			topic: (TOPICS[(index * 7) % TOPICS.length] as string).toLowerCase(),
		});
	}
	return plans;
}

/** A sheet's name as a sentence writes it: a person's as it is, an organisation's after "the". */
const theName = (plan: Plan) => (plan.person ? plan.name : `the ${plan.name}`);

const sourceId = (k: number) => `bench-report-${String(k + 1).padStart(4, '0')}`;

/** A day of 2026, written as the source writes it and as the schema wants it. */
function dateOf(month: number, date: number): { iso: string; text: string } {
	return { iso: `2026-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`, text: `${date} ${MONTHS[month - 1]} 2026` };
}

/**
 * When every source was published, as its dateline states: after every day
 * the articles report (January and February 2026), since an article cannot
 * report what happened after it appeared.
 */
const PUBLISHED = dateOf(3, 2);

/** A day in January or February 2026. */
function day(random: () => number): { iso: string; text: string } {
	return dateOf(random() < 0.5 ? 1 : 2, 1 + Math.floor(random() * 28));
}

/**
 * A sentence of the article. A `joined` one is `before`, `aside`, `after`:
 * the aside adds nothing the item needs, so a quote may leave it out
 * (`before ... after`, each part at least the four words a joined part needs)
 * and still hold every word the item's fields rest on.
 */
type Sentence = string | { readonly before: string; readonly aside: string; readonly after: string };

const plainMarks = (text: string) =>
	// The source writes typographic quotes, apostrophes and dashes; curators type plain ones.
	text.replace(/[\u201C\u201D]/g, '"').replace(/\u2019/g, "'").replace(/\u2014/g, '-');

const sentenceText = (sentence: Sentence) => (typeof sentence === 'string' ? sentence : `${sentence.before}${sentence.aside}${sentence.after}`);

/** A quote of a sentence: the whole of it, or (for two quotes in five of a joined sentence) its two parts joined by "...". */
function quoteOf(sentence: Sentence, random: () => number): string {
	if (typeof sentence === 'string' || random() < 0.6) return plainMarks(sentenceText(sentence));
	return `${plainMarks(sentence.before)} ... ${plainMarks(sentence.after)}`;
}

interface Citation {
	source: string;
	quote: string;
}

/** Generates the corpus under `root` (content/, seeds/) and returns what it holds. */
export function writeCorpus(root: string, count: number, format: SheetFormat = 'md'): CorpusSummary {
	const plans = planSheets(count);
	const bySlug = new Map(plans.map((plan) => [plan.slug, plan]));
	const people = plans.filter((plan) => plan.person);
	const orgs = plans.filter((plan) => !plan.person);
	const sourceCount = Math.max(1, Math.round(count / SHEETS_PER_SOURCE));
	const metricCount = Math.max(4, Math.ceil(count / 100));
	const paragraphs: string[][] = Array.from({ length: sourceCount }, () => []);
	const random = seeded(count * 7919 + 17);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
	const other = (plan: Plan, list: readonly Plan[]): Plan => {
		for (;;) {
			const candidate = pick(list);
			if (candidate.index !== plan.index || list.length === 1) return candidate;
		}
	};
	const write = (path: string, text: string) => {
		const full = join(root, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
	};

	let facts = 0;
	let citations = 0;
	let relationCount = 0;
	let wikiLinks = 0;
	let edit: EditTarget | undefined;
	const editIndex = Math.floor(count / 2);

	for (const plan of plans) {
		const sentences: string[] = [];
		// How the article writes the sheet's name: an organisation's with "the".
		const subject = theName(plan);
		const Subject = subject.charAt(0).toUpperCase() + subject.slice(1);
		const home = sourceId(plan.source);
		const cite = (sentence: Sentence, extra = false): Citation[] => {
			sentences.push(sentenceText(sentence));
			const list: Citation[] = [{ source: home, quote: quoteOf(sentence, random) }];
			// Some passages were reported by a second article too: cite both.
			if (extra && sourceCount > 1) {
				const second = (plan.source + 1) % sourceCount;
				(paragraphs[second] as string[]).push(sentenceText(sentence));
				list.push({ source: sourceId(second), quote: quoteOf(sentence, random) });
			}
			citations += list.length;
			return list;
		};
		const employer = orgs.length > 0 ? other(plan, orgs) : undefined;
		const title = pick(TITLES);

		const roles: object[] = [];
		if (plan.person && employer) {
			roles.push({ title, org: employer.slug, citations: cite(`${Subject} serves as ${title} of the ${employer.name}, the report says.`) });
			if (random() < 0.5) {
				const former = other(plan, orgs);
				const oldTitle = pick(TITLES);
				roles.push({ title: `former ${oldTitle}`, org: former.slug, former: true, citations: cite(`${Subject}, a former ${oldTitle} of the ${former.name}, left the post in ${pick(MONTHS)} 2025.`) });
			}
		}

		const relations: { type: string; target: string; citations: Citation[] }[] = [];
		const relate = (type: string, target: Plan | undefined, sentence: (target: Plan) => string) => {
			if (!target || target.index === plan.index || relations.some((relation) => relation.target === target.slug)) return;
			relations.push({ type, target: target.slug, citations: cite(sentence(target)) });
		};
		if (plan.person) {
			relate('works-for', employer, (target) => `${Subject} works for the ${target.name} in ${plan.city}.`);
			relate('met-with', other(plan, people), (target) => `${Subject} met ${theName(target)} in ${pick(CITIES)} on ${day(random).text}.`);
			if (random() < 0.6) relate('criticised', other(plan, plans), (target) => `${Subject} publicly criticised ${theName(target)} over the ${plan.topic} dispute.`);
		} else {
			if (orgs.length > 1) relate('part-of', other(plan, orgs), (target) => `${Subject} is part of the ${target.name}, according to its charter.`);
			relate('reported-on', other(plan, plans), (target) => `${Subject} has reported on ${theName(target)} since ${2000 + (plan.index % 25)}.`);
			if (random() < 0.6) relate('opposes', other(plan, orgs.length > 1 ? orgs : plans), (target) => `${Subject} opposes the ${target.name} on ${plan.topic} policy.`);
		}
		relationCount += relations.length;

		const factList: Record<string, unknown>[] = [];
		const add = (fact: Record<string, unknown>) => {
			factList.push(fact);
			facts++;
		};
		const whenA = day(random);
		add({
			id: 'profile',
			statement: plan.person ? `${Subject} is ${title} of the ${employer?.name ?? 'an organisation'}.` : `${Subject} is based in ${plan.city}.`,
			citations: cite(
				plan.person
					? `${Subject}, ${title} of the ${employer?.name ?? 'an organisation'}, has been quoted widely on ${plan.topic}.`
					: `${Subject}, based in ${plan.city}, works on ${plan.topic} questions.`,
				true,
			),
		});
		add({
			id: 'statement-on-talks',
			statement: `${Subject} said the ${plan.topic} talks had reached a dead end.`,
			date: whenA.iso,
			citations: cite({ before: `On ${whenA.text}, ${subject} told reporters in ${plan.city}`, aside: ', at a briefing that ran late into the evening, ', after: `that the ${plan.topic} talks \u201Chad reached a dead end\u201D.` }),
		});
		const claimantPlan = orgs.length > 1 ? other(plan, orgs) : undefined;
		const detained = 2 + Math.floor(random() * 40);
		const whenB = day(random);
		const claimedStatement = `${claimantPlan ? `The ${claimantPlan.name}` : 'A monitor'} said ${subject} was questioned for ${detained} days.`;
		add({
			id: 'questioned',
			statement: claimedStatement,
			date: whenB.iso,
			claimant: claimantPlan ? { sheet: claimantPlan.slug } : { party: 'a monitoring group' },
			citations: cite(`According to ${claimantPlan ? `the ${claimantPlan.name}` : 'a monitoring group'}, ${subject} was questioned for ${detained} days from ${whenB.text}.`),
		});
		if (plan.index === editIndex) {
			edit = {
				file: `content/sheets/${plan.folder}/${plan.slug}.${format}`,
				statement: claimedStatement,
				pagesShowingIt: [
					`${plan.folder}/${plan.slug}/index.html`,
					...(claimantPlan ? [`organisations/${claimantPlan.slug}/index.html`] : []),
					`sources/${home}/index.html`,
					// The timeline is paged on a big site: any of its pages (see stalePages in run.ts).
					'timeline/',
				],
			};
		}
		const whenC = day(random);
		// Any city but the sheet's own.
		const travelCity = CITIES[(CITIES.indexOf(plan.city) + 1 + Math.floor(random() * (CITIES.length - 1))) % CITIES.length] as string;
		add({
			id: 'travel',
			statement: `${Subject} travelled to ${travelCity} for meetings on ${plan.topic}.`,
			date: whenC.iso,
			citations: cite({ before: `${Subject} travelled to ${travelCity} on ${whenC.text}`, aside: ', after weeks of uncertainty, ', after: `for meetings on ${plan.topic} \u2014 the first such visit this year.` }),
		});
		const pages = 10 + Math.floor(random() * 90);
		const whenD = day(random);
		add({
			id: 'report',
			statement: `${Subject} published a ${pages}-page report on ${plan.topic}.`,
			date: whenD.iso.slice(0, 7),
			citations: cite(`${Subject} published a ${pages}-page report on ${plan.topic} in ${MONTHS[Number(whenD.iso.slice(5, 7)) - 1]} 2026.`),
		});
		add({
			id: 'inquiry-call',
			statement: `${Subject} called for an independent inquiry into the events in ${plan.city}.`,
			citations: cite({ before: `${Subject} called for an independent inquiry into the events in ${plan.city}`, aside: ' in a statement read out to reporters, ', after: 'saying the public \u201Cdeserves answers\u201D.' }),
		});
		add({
			id: 'no-comment',
			statement: `${Subject} did not respond to requests for comment on the ${plan.topic} allegations.`,
			citations: cite(`${Subject} did not respond to requests for comment on the ${plan.topic} allegations.`),
		});
		const year = 2009 + (plan.index % 15);
		add({
			id: 'prominence',
			statement: `${Subject} came to prominence during the ${year} protests in ${plan.city}.`,
			date: String(year),
			citations: cite(`${Subject} first came to prominence during the ${year} ${plan.topic} protests in ${plan.city}.`),
		});
		const complaints = 20 + Math.floor(random() * 900);
		const whenE = day(random);
		add({
			id: 'complaints',
			statement: `${Subject}'s office said it had received ${complaints} complaints.`,
			asOf: whenE.iso,
			citations: cite({ before: `${Subject}\u2019s office confirmed on ${whenE.text}`, aside: ', in a written reply to questions, ', after: `that it had received ${complaints} complaints.` }),
		});
		// One sheet in three reports figures: two values of one metric, the later superseding the earlier on some sheets.
		if (plan.index % 3 === 0) {
			const metric = `bench-metric-${(plan.index % metricCount) + 1}`;
			const first = day(random);
			const later = dateOf(2, Math.min(28, Number(first.iso.slice(8)) + 1));
			const value = 100 + Math.floor(random() * 5000);
			const claimant = { sheet: plan.person && claimantPlan ? claimantPlan.slug : plan.slug };
			const who = `the ${claimant.sheet === plan.slug ? plan.name : (claimantPlan as Plan).name}`;
			const Who = `T${who.slice(1)}`;
			add({
				id: 'count-first',
				statement: `${Who} counted at least ${value} cases as of ${first.text}.`,
				asOf: first.iso,
				claimant: { ...claimant },
				figure: { metric, value, qualifier: 'at-least' },
				citations: cite(`${Who} counted at least ${value.toLocaleString('en-GB')} cases ${claimant.sheet === plan.slug ? `in its ${plan.topic} files` : `linked to ${subject}`} as of ${first.text}.`),
			});
			add({
				id: 'count-later',
				statement: `${Who} counted about ${value + 120} cases as of ${later.text}.`,
				asOf: later.iso,
				claimant: { ...claimant },
				figure: { metric, value: value + 120, qualifier: 'about' },
				...(plan.index % 2 === 0 ? { supersedes: 'count-first' } : {}),
				citations: cite(`A later tally by ${who} put the number at about ${(value + 120).toLocaleString('en-GB')} cases as of ${later.text}.`),
			});
		} else {
			const officials = `officials in ${pick(CITIES)}`;
			add({
				id: 'summit',
				statement: `${Subject} was expected at the ${plan.topic} summit.`,
				claimant: { party: officials },
				citations: cite(`${officials.charAt(0).toUpperCase()}${officials.slice(1)} said ${subject} would attend the ${plan.topic} summit in ${pick(MONTHS)}.`),
			});
		}

		const links = relations.map((relation) => relation.target);
		// The body is the editors' summary of the items below: it links the sheets they name and says nothing they do not.
		const claimantLink = claimantPlan ? `[[${claimantPlan.slug}]]` : undefined;
		const bodyLinks = [
			`[[${links[0] as string}]]`,
			links[1] ? `[[${links[1]}|${bySlug.get(links[1])?.person ? 'a counterpart' : 'the organisation'}]]` : `[[${(bySlug.get(links[0] as string) as Plan).name}]]`,
			...(claimantLink ? [claimantLink] : []),
			...(employer && plan.person ? [`[[${employer.slug}|the ${employer.name.split(' ').slice(1).join(' ')}]]`] : []),
		];
		wikiLinks += bodyLinks.length;
		const body = [
			`${Subject} ${plan.person ? 'is a public figure' : 'is an organisation'} in the reporting on ${plan.topic} in ${plan.city}. The reports describe contacts with ${bodyLinks[0]} and with ${bodyLinks[1]}.`,
			[
				claimantLink ? `The sources cite ${claimantLink} on the questioning of ${subject}.` : '',
				employer && plan.person ? `${Subject} works for ${bodyLinks.at(-1)}.` : `${Subject} has called for an independent inquiry into the events in ${plan.city}.`,
			].filter(Boolean).join(' '),
			`The facts below give each claim with the words of the article that supports it; nothing here goes beyond them.`,
		].join('\n\n');

		const frontmatter = {
			name: plan.name,
			aliases: [plan.alias],
			kind: plan.kind,
			description: plan.person ? `A ${title} of the ${employer?.name ?? 'an organisation'}, quoted on ${plan.topic}.` : `${/^[aeiou]/i.test(plan.label) ? 'An' : 'A'} ${plan.label} in ${plan.city} working on ${plan.topic}.`,
			...(roles.length > 0 ? { roles } : {}),
			...(relations.length > 0 ? { relations } : {}),
			facts: factList,
		};
		write(
			`content/sheets/${plan.folder}/${plan.slug}.${format}`,
			`---\n${stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}---\n\n${body}\n`,
		);
		// Every alias is a name the story uses: it must stand in an article the sheet cites (docs/content-model.md, "Names and aliases").
		sentences.push(`Reports also refer to ${theName(plan)} as ${plan.alias}.`);
		(paragraphs[plan.source] as string[]).push(sentences.join(' '));
	}

	let sourceTextBytes = 0;
	for (let k = 0; k < sourceCount; k++) {
		const id = sourceId(k);
		const title = `Bench report ${k + 1}: who said what on the disputes of early 2026`;
		const text = [
			'Menu | Home | World | Sport | Weather',
			title,
			`By the Bench Wire desk, ${PUBLISHED.text}.`,
			...(paragraphs[k] as string[]),
			`End of bench report ${k + 1}.`,
			'Other headlines: a ferry was delayed; markets closed higher. © 2026 Bench Wire.',
		].join('\n\n');
		sourceTextBytes += Buffer.byteLength(text);
		const stored = `${text}\n`;
		write(`seeds/${id}.txt`, stored);
		write(
			`content/sources/${id}.yaml`,
			stringify({
				title,
				publisher: 'Bench Wire',
				published: { status: 'stated', date: PUBLISHED.iso, statedAs: PUBLISHED.text },
				retrieved: { status: 'unknown', reason: 'Synthetic benchmark source.' },
				url: `https://news.example.org/bench/${id}`,
				language: 'en',
				text: `seeds/${id}.txt`,
				sha256: createHash('sha256').update(stored).digest('hex'),
				article: { start: title, end: `End of bench report ${k + 1}.` },
			}, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }),
		);
	}
	const metrics: Record<string, { label: string; unit: string; description: string }> = {};
	for (let m = 1; m <= metricCount; m++) {
		metrics[`bench-metric-${m}`] = { label: `Bench cases ${m}`, unit: 'cases', description: `Cases of kind ${m} counted by the claimant, for the benchmark.` };
	}
	write('content/metrics.yaml', stringify(metrics));
	for (const file of VOCABULARY_FILES) write(`content/${file}`, readFileSync(new URL(file, DEFAULT_VOCABULARY), 'utf8'));
	if (!edit) throw new Error('The corpus has no fact to edit.');
	return {
		sheets: count,
		people: people.length,
		organisations: orgs.length,
		sources: sourceCount,
		metrics: metricCount,
		facts,
		citations,
		relations: relationCount,
		wikiLinks,
		sourceTextBytes,
		edit,
	};
}
