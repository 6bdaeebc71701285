/**
 * Korean boilerplate patterns. Positives are the strings recorded in docs/sedaily-dom.md §6 and §8
 * (2018 footer, mobile footer, 2025 article page as copied); negatives are ordinary news sentences
 * that merely mention the same words and must survive.
 */
import { describe, expect, it } from 'vitest';
import {
  CLUTTER_BLOCK_LABELS,
  EMAIL,
  KOREAN_NEWS_DROP_TEXT,
  KOREAN_NEWS_REMOVE,
  SIGN_OFF_SOURCE,
  TRAILING_SIGN_OFF,
} from '../../../utils/site-rules/korean-news';
import { SEDAILY_RULE } from '../../../utils/site-rules/sedaily/rule';
import type { DropTextRule } from '../../../utils/site-rules/site-rule';
import { collapseSpace } from '../../../utils/extract/text';

/** What dropBoilerplate does: the first rule whose pattern matches the collapsed block text. */
function reasonFor(text: string, rules: readonly DropTextRule[]): string | null {
  const collapsed = collapseSpace(text);
  return rules.find((rule) => rule.pattern.test(collapsed))?.reason ?? null;
}

const FOOTER_2025_LINE_1 = '주소 : 서울특별시 종로구 율곡로 6 트윈트리타워 B동 14~16층 대표전화 : 02) 724-8600';
const FOOTER_2025_LINE_2 =
  '상호 : 서울경제신문사업자번호 : 208-81-10310대표자 : 손동영등록번호 : 서울 가 00224등록일자 : 1988.05.13';
const FOOTER_2025_LINE_3 =
  '인터넷신문 등록번호 : 서울 아04065 등록일자 : 2016.04.26발행일자 : 2016.04.01발행 ·편집인 : 손동영청소년보호책임자 : 신한수';

describe('KOREAN_NEWS_DROP_TEXT positives', () => {
  it.each([
    // Copyright and legal (§6, §8).
    ['<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>', 'copyright'],
    ['< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >', 'copyright'],
    ['<저작권자ⓒ서울경제,무단전재및재배포금지>', 'copyright'],
    ['〈저작권자 © 한국경제, 무단 전재 및 재배포 금지〉', 'copyright'],
    ['[저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지]', 'copyright'],
    ['무단 전재 및 재배포 금지', 'copyright'],
    ['ⓒ 매일경제 & mk.co.kr, 무단 전재 및 재배포 금지', 'copyright'],
    ['서울경제의 모든 콘텐트는 저작권법의 보호를 받는 바, 무단 전재·복사·배포 등은 법적 제재를 받을 수 있습니다.', 'copyright'],
    ['Copyright ⓒ Sedaily, All right reserved ☏ 02) 724-8600', 'copyright'],
    ['Copyright ⓒ Sedaily, All right reserved', 'copyright'],
    ['ⓒ 서울경제 All right reserved. 02)724-8600', 'copyright'],
    ['Copyright © 2025 Example News. All rights reserved.', 'copyright'],
    // Footer registration block, 2018 (one label per line) and 2025 (labels run together).
    ['등록번호 : 서울 가 00224', 'footer'],
    ['등록일자 : 1988.05.13', 'footer'],
    ['발행 ·편집인 : 이종환', 'footer'],
    ['인터넷신문등록번호 : 서울 아04065', 'footer'],
    ['인터넷신문 등록번호 : 서울 아04065', 'footer'],
    ['등록일자 : 2016.04.26', 'footer'],
    ['발행일자 : 2016.04.01', 'footer'],
    ['청소년보호책임자 : 손동영', 'footer'],
    ['청소년 보호 책임자 : 손동영', 'footer'],
    [FOOTER_2025_LINE_1, 'footer'],
    [FOOTER_2025_LINE_2, 'footer'],
    [FOOTER_2025_LINE_3, 'footer'],
    [`${FOOTER_2025_LINE_1}\n${FOOTER_2025_LINE_2}\n${FOOTER_2025_LINE_3}`, 'footer'],
    ['회사소개 구독안내 광고안내 고충처리인 개인정보취급방침 이용약관 청소년 보호정책 공지사항', 'footer'],
    ['개인정보취급방침 이용약관 고충처리인 뉴스아카이브', 'footer'],
    ['개인정보처리방침', 'footer'],
    // Follow / SNS / newsletter.
    ['서울경제를 Follow 하세요', 'follow'],
    ['서울경제를 팔로우 하세요', 'follow'],
    ['서울경제를 팔로우하세요!', 'follow'],
    ['텔레그램 뉴스채널', 'follow'],
    ['카카오톡 채널 추가하고 뉴스 받기', 'follow'],
    ['뉴스레터 신청 :', 'ui-label'],
    ['Enter your email address', 'ui-label'],
    ['관련사이트 보기', 'ui-label'],
    ['확인', 'ui-label'],
    ['TOP', 'ui-label'],
    ['위로', 'ui-label'],
    ['페이스북', 'ui-label'],
    ['유투브', 'ui-label'],
    ['인스타그램', 'ui-label'],
    // Menus, header, article-page UI labels.
    ['주 메뉴 바로가기', 'ui-label'],
    ['본문내용 바로가기', 'ui-label'],
    ['전종목 시세보기', 'ui-label'],
    ['PDF보기', 'ui-label'],
    ['초판보기', 'ui-label'],
    ['실시간 속보', 'ui-label'],
    ['SEARCH', 'ui-label'],
    ['검색어를 입력하세요', 'ui-label'],
    ['전체 메뉴 보기', 'ui-label'],
    ['전체 메뉴 닫기', 'ui-label'],
    ['검색창 닫기', 'ui-label'],
    ['저장한기사', 'ui-label'],
    ['개인정보 관리', 'ui-label'],
    ['비밀번호 재설정', 'ui-label'],
    ['이메일 설정', 'ui-label'],
    ['환경설정', 'ui-label'],
    ['로딩중', 'ui-label'],
    ['전체메뉴', 'ui-label'],
    ['검색', 'ui-label'],
    ['공유하기', 'ui-label'],
    ['글자크기 설정', 'ui-label'],
    ['이메일보내기', 'ui-label'],
    ['더보기', 'ui-label'],
    ['top버튼', 'ui-label'],
    ['팝업창 닫기', 'ui-label'],
    // Promo and related lines.
    ['▶ 관련기사 바로가기', 'promo'],
    ['▶ 네이버 뉴스에서 서울경제를 구독하세요', 'promo'],
    ['관련기사: 알리바바, AI 안경 공개', 'related'],
    // Sign-offs (§6): doubled @@, legacy domain, bare name, correspondent with single @.
    ['/이종호기자 phillies@@sedaily.com', 'sign-off'],
    ['dhchung@@sed.co.kr', 'sign-off'],
    ['오철수기자', 'sign-off'],
    ['/오철수기자', 'sign-off'],
    ['김광수 특파원 ksk@sedaily.com', 'sign-off'],
    ['항저우=김광수 특파원', 'sign-off'],
    ['윤민혁 기자(yoonmh@sedaily.com)', 'sign-off'],
    ['홍길동 기자 <hong@example.co.kr>', 'sign-off'],
    ['김철수·이영희 기자', 'sign-off'],
    ['yoonmh@sedaily.com', 'sign-off'],
  ])('%j → %s', (text, reason) => {
    expect(reasonFor(text, KOREAN_NEWS_DROP_TEXT)).toBe(reason);
  });
});

describe('SEDAILY_RULE.dropText positives (site-specific, then shared)', () => {
  it.each([
    ['0215A01 사고', 'print-code'],
    ['SetSectionName();', 'legacy-junk'],
    ['<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>', 'copyright'],
    ['< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >', 'copyright'],
    ['서울경제를 팔로우하세요!', 'follow'],
    ['서울경제를 Follow 하세요', 'follow'],
    ['서울경제신문', 'footer'],
    ['텔레그램 뉴스채널', 'footer'],
    ['블록체인의 모든 것, 디센터', 'footer'],
    ['서경now', 'footer'],
    ['서경 Now', 'footer'],
    [FOOTER_2025_LINE_2, 'footer'],
    ['/이종호기자 phillies@@sedaily.com', 'sign-off'],
    ['전체메뉴', 'ui-label'],
  ])('%j → %s', (text, reason) => {
    expect(reasonFor(text, SEDAILY_RULE.dropText)).toBe(reason);
  });
});

describe('negatives: ordinary news sentences survive every pattern', () => {
  const prose = [
    // 기자 in prose.
    '최근 기자가 찾은 알리바바 본사에는 창업 당시의 아파트가 그대로 복원돼 있었다.',
    '김광수 기자가 현장을 찾았다.',
    '그는 기자들과 만나 “투자 계획에는 변함이 없다”고 말했다.',
    '대통령실은 이날 오후 기자회견을 열고 후속 대책을 발표했다.',
    '서울경제 기자 출신인 그는 지난해 정계에 입문했다.',
    // 저작권 in prose.
    '정부는 저작권 침해 신고가 1년 새 두 배로 늘었다고 밝혔다.',
    'AI 학습에 쓰인 기사도 저작권법의 보호를 받는다고 법원이 판단했다.',
    '저작권자들은 생성형 AI 기업의 무단 전재와 학습 이용에 반발하고 있다.',
    '정부는 영상물의 무단 복제 및 배포를 금지하는 법안을 발의했다.',
    // 팔로우 / 텔레그램 in prose.
    '인스타그램에서 그를 팔로우하는 사람은 100만 명이 넘는다.',
    '그는 “남을 따라 하지 말고 데이터를 팔로우하라”고 조언했다.',
    '경찰은 텔레그램 채널에서 마약을 판매한 20대를 구속했다.',
    // 등록번호 in prose.
    '국토교통부는 자동차 등록번호판 디자인을 바꾼다고 밝혔다.',
    '경찰은 차량 등록번호를 조회해 용의자를 특정했다.',
    '사업자 등록번호와 대표자 이름만으로 조회가 가능하다.',
    // Words that are also UI labels, inside sentences.
    '검색 엔진 시장 점유율이 처음으로 떨어졌다.',
    '관련 기사에 따르면 회사는 3년간 77조 원을 투자한다.',
    '알리바바 창업자 마윈이 중국 항저우의 명소 서호에서 자전거를 타며 시민을 향해 웃어 보이고 있다. 웨이보 캡처',
    '▲A사 ▲B사 ▲C사 등이 컨소시엄에 참여했다.',
  ];

  it.each(prose.map((text) => [text]))('%j matches no shared pattern', (text) => {
    const hits = KOREAN_NEWS_DROP_TEXT.filter((rule) => rule.pattern.test(collapseSpace(text))).map(
      (rule) => `${rule.reason}: ${rule.pattern.source.slice(0, 50)}`,
    );
    expect(hits).toEqual([]);
  });

  it.each(prose.map((text) => [text]))('%j matches no sedaily pattern', (text) => {
    expect(reasonFor(text, SEDAILY_RULE.dropText)).toBeNull();
  });
});

describe('TRAILING_SIGN_OFF', () => {
  it.each([
    ['성장세를 이어갈 것으로 전망했다. /이종호기자 phillies@@sedaily.com', '/이종호기자 phillies@@sedaily.com'],
    ['성장세를 이어갈 것으로 전망했다. /김광수 특파원 ksk@sedaily.com', '/김광수 특파원 ksk@sedaily.com'],
    ['성장세를 이어갈 것으로 전망했다. /오철수기자', '/오철수기자'],
    ['성장세를 이어갈 것으로 전망했다. / 오철수 기자', '/ 오철수 기자'],
    ['성장세를 이어갈 것으로 전망했다. /항저우=김광수 특파원', '/항저우=김광수 특파원'],
    ['성장세를 이어갈 것으로 전망했다. /이종호기자 phillies@@sedaily.com  ', '/이종호기자 phillies@@sedaily.com'],
  ])('%j → strips %j', (paragraph, signOff) => {
    const match = TRAILING_SIGN_OFF.exec(paragraph);
    expect(match).not.toBeNull();
    expect(match![0].trim()).toBe(signOff);
    expect(paragraph.slice(0, match!.index)).toBe('성장세를 이어갈 것으로 전망했다.');
  });

  it.each([
    ['성장세를 이어갈 것으로 전망했다.'],
    ['김 위원장은 이날 오철수기자'],
    ['3/4분기 실적은 시장 예상을 웃돌았다고 기자'],
    ['/이종호기자 phillies@@sedaily.com 이후 이어진 문장이다.'],
  ])('%j → no match', (paragraph) => {
    expect(TRAILING_SIGN_OFF.test(paragraph)).toBe(false);
  });
});

describe('SIGN_OFF_SOURCE and EMAIL', () => {
  const SIGN_OFF = new RegExp(`^${SIGN_OFF_SOURCE}$`);

  it.each([
    ['/이종호기자 phillies@@sedaily.com', true],
    ['김광수 특파원 ksk@sedaily.com', true],
    ['김광수 선임기자', true],
    ['김광수 논설위원', true],
    ['김광수 기자가 말했다', false],
    ['기자', false],
  ])('%j → %s', (text, expected) => {
    expect(SIGN_OFF.test(text)).toBe(expected);
  });

  it.each([
    ['문의 phillies@@sedaily.com 또는 dhchung@@sed.co.kr', ['phillies@@sedaily.com', 'dhchung@@sed.co.kr']],
    ['윤민혁 기자(yoonmh@sedaily.com)', ['yoonmh@sedaily.com']],
    ['no address here @ all', null],
  ])('EMAIL finds %j', (text, expected) => {
    expect(text.match(EMAIL)).toEqual(expected);
  });
});

describe('CLUTTER_BLOCK_LABELS', () => {
  it.each([
    ['관련기사', 'related'],
    ['관련 기사', 'related'],
    ['관련뉴스', 'related'],
    ['추천기사', 'related'],
    ['함께 보면 좋은 기사', 'related'],
    ['많이 본 뉴스', 'most-viewed'],
    ['가장 많이 본 뉴스', 'most-viewed'],
    ['인기기사', 'most-viewed'],
    ['이 기자의 다른 기사', 'reporter-box'],
    ['내가 구독한 기자', 'reporter-box'],
  ])('%j → %s', (text, reason) => {
    expect(reasonFor(text, CLUTTER_BLOCK_LABELS)).toBe(reason);
  });

  it.each([['관련 기사에 따르면 회사는 투자를 늘린다.'], ['인기기사 순위는 매시간 바뀐다.'], ['많이 본 뉴스는 무엇일까']])(
    '%j is not a label',
    (text) => {
      expect(reasonFor(text, CLUTTER_BLOCK_LABELS)).toBeNull();
    },
  );
});

describe('KOREAN_NEWS_REMOVE / SEDAILY_RULE.remove shape', () => {
  const allRemove = [...KOREAN_NEWS_REMOVE, ...SEDAILY_RULE.remove];

  it('every selector parses and every rule has a reason', () => {
    for (const { selector, reason } of allRemove) {
      expect(() => document.querySelectorAll(selector), selector).not.toThrow();
      expect(reason).toMatch(/^[a-z][a-z-]+$/);
    }
  });

  it('no shared selector matches an article paragraph, heading, figure or the body', () => {
    const doc = new DOMParser().parseFromString(
      '<body><article><h1>제목</h1><p>본문</p><figure><img src="x.jpg"><figcaption>사진</figcaption></figure></article></body>',
      'text/html',
    );
    for (const { selector } of KOREAN_NEWS_REMOVE) expect(doc.querySelectorAll(selector).length, selector).toBe(0);
  });

  it.each([
    ['<div class="share_area">공유</div>', 'share-tools'],
    ['<div class="ad_top">광고</div>', 'ad'],
    ['<div class="banner ad-slot">광고</div>', 'ad'],
    ['<footer>푸터</footer>', 'footer'],
    ['<nav>메뉴</nav>', 'menu'],
    ['<div class="related_news">관련</div>', 'related'],
    ['<div role="dialog">팝업</div>', 'popup'],
  ])('%s is caught with reason %s', (html, reason) => {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const element = doc.body.firstElementChild!;
    const hit = KOREAN_NEWS_REMOVE.find(({ selector }) => element.matches(selector));
    expect(hit?.reason).toBe(reason);
  });
});
