/** JSON-LD article metadata (`NewsArticle`, `Article`, `BlogPosting`, …), tolerant of bad JSON. */

export interface JsonLdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  dateModified?: string;
  image?: string;
  description?: string;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function asText(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => asText(v)).find(Boolean);
  if (value && typeof value === 'object') {
    return asText(value.name) ?? asText(value.url) ?? asText(value['@id']);
  }
  return undefined;
}

function authorNames(value: Json | undefined): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map((v) => asText(v)).filter((v): v is string => Boolean(v));
    return names.length ? names.join(', ') : undefined;
  }
  return asText(value);
}

function* flatten(node: Json): Generator<{ [key: string]: Json }> {
  if (Array.isArray(node)) for (const item of node) yield* flatten(item);
  else if (node && typeof node === 'object') {
    yield node;
    if (node['@graph']) yield* flatten(node['@graph']);
  }
}

/** The first article-typed JSON-LD object of the page, or null. */
export function readJsonLd(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // outlets ship trailing commas and raw newlines; one bad block is not fatal
    }
    for (const item of flatten(data)) {
      const type = asText(item['@type']) ?? '';
      if (!ARTICLE_TYPE.test(Array.isArray(item['@type']) ? item['@type'].join(' ') : type)) continue;
      return {
        headline: asText(item.headline) ?? asText(item.name),
        author: authorNames(item.author),
        datePublished: asText(item.datePublished) ?? asText(item.dateCreated),
        dateModified: asText(item.dateModified),
        image: asText(item.image),
        description: asText(item.description),
      };
    }
  }
  return null;
}
