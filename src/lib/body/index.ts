/**
 * Sheet bodies: parsed once into an mdast tree (with wiki-links as nodes),
 * checked by the verifier, and rendered from that same tree.
 */
export { parseBody, type BodyFormat, type BodySyntaxError, type ParsedBody } from './parse.ts';
export { renderBody, type RenderContext } from './render.ts';
export { bodyLinks, sentenceAround, type BodyLink } from './mentions.ts';
export { tokeniseWikiLinks, wikiLinksIn, type WikiLink } from './wiki-link.ts';
