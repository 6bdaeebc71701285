import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../../utils/extract/json-ld';

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (...scripts: string[]) =>
  new DOMParser().parseFromString(`<html><head>${scripts.join('')}</head><body><p>본문</p></body></html>`, 'text/html');

describe('readJsonLd', () => {
  it.each([
    [
      'a single NewsArticle with an author object',
      ld(
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"알리바바의 반격","author":{"@type":"Person","name":"김광수 특파원"},"datePublished":"2025-11-27T17:25:13+09:00","image":"https://newsimg.sedaily.com/2025/11/27/a.jpg","description":"요약"}',
      ),
      {
        headline: '알리바바의 반격',
        author: '김광수 특파원',
        datePublished: '2025-11-27T17:25:13+09:00',
        image: 'https://newsimg.sedaily.com/2025/11/27/a.jpg',
        description: '요약',
      },
    ],
    [
      'an @graph with a WebPage before the article',
      ld(
        '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"페이지"},{"@type":"Organization","name":"서울경제"},{"@type":"NewsArticle","headline":"그래프 기사","datePublished":"2026-02-12T10:40:31+09:00"}]}',
      ),
      {
        headline: '그래프 기사',
        author: undefined,
        datePublished: '2026-02-12T10:40:31+09:00',
        image: undefined,
        description: undefined,
      },
    ],
    [
      'a top-level array',
      ld('[{"@type":"BreadcrumbList","name":"경제"},{"@type":"Article","headline":"배열 기사","author":"홍길동 기자"}]'),
      { headline: '배열 기사', author: '홍길동 기자', datePublished: undefined, image: undefined, description: undefined },
    ],
    [
      '@type as an array',
      ld('{"@type":["CreativeWork","NewsArticle"],"headline":"다중 타입"}'),
      { headline: '다중 타입', author: undefined, datePublished: undefined, image: undefined, description: undefined },
    ],
    [
      'several authors, image object, name instead of headline, dateCreated fallback',
      ld(
        '{"@type":"BlogPosting","name":"이름 제목","author":[{"name":"김철수"},{"name":"이영희"},"박민수"],"dateCreated":"2024-05-01T09:00:00Z","image":{"@type":"ImageObject","url":"https://x.test/a.jpg"}}',
      ),
      {
        headline: '이름 제목',
        author: '김철수, 이영희, 박민수',
        datePublished: '2024-05-01T09:00:00Z',
        image: 'https://x.test/a.jpg',
        description: undefined,
      },
    ],
    [
      'an image array of strings',
      ld('{"@type":"ReportageNewsArticle","headline":"h","image":["https://x.test/1.jpg","https://x.test/2.jpg"]}'),
      { headline: 'h', author: undefined, datePublished: undefined, image: 'https://x.test/1.jpg', description: undefined },
    ],
  ])('%s', (_name, scripts, expected) => {
    expect(readJsonLd(page(scripts))).toEqual(expected);
  });

  it('skips a broken block and reads the next one', () => {
    const doc = page(
      ld('{"@type":"NewsArticle","headline":"깨진",}'),
      ld('{"@type":"NewsArticle", "headline": "줄바꿈\n포함"}'),
      ld('{"@type":"NewsArticle","headline":"정상"}'),
    );
    expect(readJsonLd(doc)?.headline).toBe('정상');
  });

  it.each([
    ['no JSON-LD', ''],
    ['only broken JSON', ld('{"@type":"NewsArticle","headline":')],
    ['an empty script', ld('')],
    ['non-article types only', ld('{"@type":"WebSite","name":"서울경제"}') + ld('{"@type":"Organization","name":"x"}')],
    ['JSON that is not an object', ld('"NewsArticle"') + ld('42') + ld('null')],
    ['an object without @type', ld('{"headline":"무형"}')],
  ])('%s → null, no throw', (_name, scripts) => {
    const doc = page(scripts);
    expect(() => readJsonLd(doc)).not.toThrow();
    expect(readJsonLd(doc)).toBeNull();
  });

  it('ignores scripts of other types', () => {
    const doc = page('<script type="application/json">{"@type":"NewsArticle","headline":"아님"}</script>');
    expect(readJsonLd(doc)).toBeNull();
  });

  it('takes the first article when there are several', () => {
    const doc = page(ld('{"@type":"NewsArticle","headline":"첫째"}'), ld('{"@type":"NewsArticle","headline":"둘째"}'));
    expect(readJsonLd(doc)?.headline).toBe('첫째');
  });
});
