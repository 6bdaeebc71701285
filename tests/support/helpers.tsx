/**
 * Shared test setup for the component, entrypoint and reader tests: Korean UI strings from the real
 * locale file through fakeBrowser's i18n, a render helper that flushes Preact effects, and an
 * article fixture.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import KO from '../../public/_locales/ko/messages.json';
import type { Article } from '@/utils/article';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** What `browser.i18n.getMessage` does with named placeholders and `$1` substitutions. */
export function formatMessage(entry: Entry | undefined, substitutions?: string | string[]): string {
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

/** Korean messages, as a Korean browser shows them. */
export function useKoreanMessages(): void {
  const messages = KO as Record<string, Entry>;
  (fakeBrowser.i18n as unknown as { getMessage: (key: string, subs?: string | string[]) => string }).getMessage = (key, subs) =>
    formatMessage(messages[key], subs);
}

/** The Korean string for a key, for assertions. */
export function ko(key: keyof typeof KO, substitutions?: string | string[]): string {
  return formatMessage((KO as Record<string, Entry>)[key], substitutions);
}

export interface Mounted {
  container: HTMLElement;
  unmount(): void;
}

export async function mount(node: ComponentChild): Promise<Mounted> {
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(node, container);
  });
  return {
    container,
    unmount: () => {
      render(null, container);
      container.remove();
    },
  };
}

/** Runs pending promises and effects (storage reads, async handlers). */
export async function flush(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) await act(() => new Promise<void>((done) => setTimeout(done, 0)));
}

export const byTestId = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://www.sedaily.com/NewsView/2H1C4KQZ7M',
    site: 'sedaily',
    siteName: '서울경제',
    lang: 'ko',
    dir: 'ltr',
    title: '마윈 움직이자 성과 내는 알리바바',
    deck: ['클라우드·AI로 업무혁신 지원', '3년간 77조 투자'],
    byline: '김광수 특파원',
    published: '2025-11-27T17:25:13+09:00',
    modified: null,
    sourceUrl: null,
    leadImage: null,
    html:
      '<figure><img src="https://newsimg.sedaily.com/a.jpg" alt=""><figcaption>서호의 마윈. 웨이보 캡처</figcaption></figure>' +
      '<p>첫 문단입니다.</p><h2 id="dc-s-1">클라우드·AI로 업무혁신 지원</h2><p>둘째 문단입니다.</p>' +
      '<h2 id="dc-s-2">3년간 77조 투자</h2><p>셋째 문단 <a href="#dc-s-1">위로</a></p>',
    text: '마윈 움직이자 성과 내는 알리바바\n클라우드·AI로 업무혁신 지원\n3년간 77조 투자\n김광수 특파원 · 2025-11-27 17:25\n\n서호의 마윈. 웨이보 캡처\n\n첫 문단입니다.',
    markdown: '# 마윈 움직이자 성과 내는 알리바바\n\n*서호의 마윈. 웨이보 캡처*\n\n첫 문단입니다.',
    outline: [
      { id: 'dc-s-1', level: 2, text: '클라우드·AI로 업무혁신 지원' },
      { id: 'dc-s-2', level: 2, text: '3년간 77조 투자' },
    ],
    stats: { characters: 1200, words: 300, readingMinutes: 3 },
    removed: [
      { reason: 'copyright', rule: '.article_copy', text: '< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >' },
      { reason: 'related', rule: '.art_rel', text: '관련기사 알리바바 새 모델', detail: '관련기사 알리바바 새 모델 공개 외 3건' },
      { reason: 'copyright', rule: 'pattern', text: '<b>무단</b> 전재 금지' },
    ],
    ...overrides,
  };
}
