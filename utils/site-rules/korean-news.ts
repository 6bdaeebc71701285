/**
 * Boilerplate shared by Korean news outlets: the chrome and trailer text that survives redesigns
 * because it is matched on words, not class names. Used by site rules and by the generic pipeline
 * for Korean pages.
 */
import type { DropTextRule, RemoveRule } from './site-rule';

/**
 * The titles a Korean reporter's name carries in a sign-off or byline ("김광수 특파원"), longest
 * first so that an alternation takes "선임기자" whole. One list for sign-offs and bylines.
 */
export const REPORTER_TITLES = [
  '수석논설위원',
  '객원논설위원',
  '선임기자',
  '객원기자',
  '전문기자',
  '인턴기자',
  '수습기자',
  '논설위원',
  '논설실장',
  '편집위원',
  '칼럼니스트',
  '대기자',
  '특파원',
  '기자',
] as const;
/** Bylines (not sign-offs) may also name an op-ed writer's position: "홍길동 교수". */
export const CONTRIBUTOR_TITLES = ['연구위원', '연구원', '위원', '교수', '대표'] as const;
const TITLE = `(?:${REPORTER_TITLES.join('|')})`;
/** One or more reporter names: "김철수", "김철수·이영희". */
export const REPORTER_NAMES = String.raw`[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4})*`;

/** Reporter name(s) and title, with an optional location prefix ("항저우="). */
const SIGN_OFF_NAME = String.raw`(?:[가-힣]{1,6}=)?\s*${REPORTER_NAMES}\s?${TITLE}`;
/** A reporter e-mail, also the legacy doubled `@@`, optionally bracketed. */
const SIGN_OFF_EMAIL = String.raw`\s*[(<\[]?\s*[\w.+-]+@@?[\w-]+(?:\.[\w-]+)+\s*[)>\]]?`;
/**
 * The title first, then the name and an e-mail: "칼럼니스트 박생강 pillgoo9@gmail.com". The e-mail
 * is required: "특파원 보고" alone is a subhead, not a sign-off.
 */
const TITLE_FIRST_SIGN_OFF = String.raw`${TITLE}\s${REPORTER_NAMES}${SIGN_OFF_EMAIL}`;
/** A whole-line reporter sign-off: "/이종호기자 phillies@@sedaily.com", "오철수기자". */
export const SIGN_OFF_SOURCE = String.raw`[/=]?\s*(?:${SIGN_OFF_NAME}(?:${SIGN_OFF_EMAIL})?|${TITLE_FIRST_SIGN_OFF})`;

/** Structural clutter common to Korean news templates (and most sites). */
export const KOREAN_NEWS_REMOVE: readonly RemoveRule[] = [
  { selector: 'header#header, #header, .header, [role="banner"]', reason: 'menu' },
  { selector: 'nav, .gnb, .lnb, #gnb, [role="navigation"]', reason: 'menu' },
  { selector: 'footer, #footer, .footer, [role="contentinfo"]', reason: 'footer' },
  { selector: '[role="dialog"], [aria-modal="true"], .modal, .popup, .layer_popup, .layerPopup', reason: 'popup' },
  { selector: '.app_banner, .app-banner, .appdown, .smart_banner, [class*="app_down"]', reason: 'app-banner' },
  { selector: '.newsletter, .news_letter, [class*="newsletter"]', reason: 'newsletter' },
  { selector: '.share, .sns_share, .share_btn, .btn_share, [class*="share_area"], .social', reason: 'share-tools' },
  { selector: '.font_size, .fontsize, [class*="font_size"], .btn_print, .print, .btn_email', reason: 'share-tools' },
  { selector: '.related, .related_news, [class*="related"], .recommend, [class*="recommend"]', reason: 'related' },
  { selector: '.ranking, [class*="ranking"], [class*="most_read"], [class*="popular"]', reason: 'most-viewed', linkList: true },
  { selector: '.comment, #comment, [class*="comment_"], .reply_area', reason: 'comments' },
  {
    selector: '[class*="author-bio"], [class*="author_bio"], .author-box, .about-author, [class*="author_box"]',
    reason: 'author-box',
  },
  // Class *tokens* starting with ad-/ad_: a substring match would hit "head-", "read-all", "thread-".
  {
    selector:
      '.ad, .ads, .advert, [class^="ad_"], [class*=" ad_"], [class^="ad-"], [class*=" ad-"], [id^="ad_"], [id^="ad-"], [id^="google_ads"], .adsbygoogle',
    reason: 'ad',
  },
  {
    selector: '[class*="read-more"], [class*="readmore"], [class*="read_more"], [class*="reading-time"], [class*="read-time"]',
    reason: 'promo',
  },
];

/**
 * Labels that introduce a clutter block; the block they head is removed when it is mostly links
 * (a related or most-viewed list), so the rule survives any class renaming.
 */
export const CLUTTER_BLOCK_LABELS: readonly DropTextRule[] = [
  {
    pattern: /^(?:관련\s?기사|관련\s?뉴스|추천\s?기사|이전\s?기사|다음\s?기사|함께 (?:보면|읽으면) 좋은 기사)$/,
    reason: 'related',
  },
  {
    pattern: /^(?:많이 ?본 ?(?:뉴스|기사)|인기\s?기사|가장 많이 본 뉴스|실시간 인기|랭킹 뉴스|주요\s?뉴스)$/,
    reason: 'most-viewed',
  },
  { pattern: /^(?:기자의 다른 기사|이 기자의 다른 기사|기자 구독|내가 구독한 기자)$/, reason: 'reporter-box' },
];

/** UI labels: a block whose whole text is one of these is chrome, wherever it sits. */
const UI_LABEL =
  /^(?:전체\s?메뉴(?: 보기| 닫기)?|검색(?:창 닫기)?|SEARCH|검색어를 입력하세요|공유하기|글자\s?크기(?: 설정)?|이메일\s?보내기|인쇄(?:하기)?|스크랩|팝업창? 닫기|닫기|더보기|top버튼|TOP|위로|로딩중|확인|주 메뉴 바로가기|본문(?:내용)? 바로가기|PDF보기|초판보기|전종목 시세보기|실시간 속보|환경설정|개인정보 관리|비밀번호 재설정|이메일 설정|저장한\s?기사|관련사이트 보기|Enter your email address|뉴스레터 신청\s?:?|구독하기|좋아요|싫어요|기사 ?공유|URL ?복사|카카오톡|페이스북|트위터|텔레그램|유튜브|유투브|인스타그램|네이버 블로그|밴드)$/i;

/** Trailer and footer text shared by Korean outlets; every pattern is anchored on the whole block. */
export const KOREAN_NEWS_DROP_TEXT: readonly DropTextRule[] = [
  { pattern: UI_LABEL, reason: 'ui-label' },
  // "<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>" and every outlet's variant of it. Each pattern
  // needs the notice's own form (a © mark, "금지" at the very end, "받는 바,") so that news
  // sentences about copyright ("저작권자들은 … 무단 전재에 반발했다.") are never taken for it.
  // "ⓒ중앙일보(https://joongang.co.kr), 무단 전재 및 재배포 금지", "저작권자 ⓒ '대중문화컨텐츠 전문가그룹'
  // 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지": a © mark and a notice word. The mark is
  // required: "저작권자들은 … 무단 전재에 반발했다" is news.
  {
    pattern:
      /^[<〈《[(【]?\s*(?:(?:저작권자|copyrights?)\s*[:：]?\s*)?(?:ⓒ|©|\(c\))\s*.{0,90}?(?:무단\s?(?:전재|복제|게재|배포)|재배포|All rights? reserved|AI\s?학습).{0,90}$/i,
    reason: 'copyright',
  },
  // "무단 전재 및 재배포 금지", "무단전재-재배포, AI학습 및 활용 금지", "무단 전재, 재배포 및 AI학습 이용 금지."
  {
    pattern:
      /^.{0,40}무단\s?(?:전재|복제|게재)\s?(?:[및·,\-/]\s?)?(?:재배포|배포|복사|이용)(?:\s?(?:및|·|,)?\s?(?:AI\s?학습|이용|활용)(?:\s?(?:및|·)?\s?(?:활용|이용))?(?:\s?\(AI\s?학습\s?포함\))?)*\s?금지\s*[.>〉》\])】]*\.?$/,
    reason: 'copyright',
  },
  { pattern: /^.{0,20}(?:모든 콘텐(?:츠|트)는 저작권법의 보호|저작권법의 보호를 받는 바,).{0,80}$/, reason: 'copyright' },
  { pattern: /^(?:Copyright|Copyrights)?\s*(?:ⓒ|©|\(c\))\s*.{0,40}(?:All rights? reserved\.?).{0,40}$/i, reason: 'copyright' },
  { pattern: /^Copyright\s.{0,60}(?:All rights? reserved).{0,30}$/i, reason: 'copyright' },
  // Footer registration block: two or more of the statutory labels, values ignored (they change).
  {
    pattern:
      /^(?=(?:.*?(?:등록번호|등록일자|발행일자|발행\s?·?\s?편집인|발행인|편집인|청소년\s?보호\s?책임자|사업자\s?번호|대표전화|대표자|상호|주소)\s*:){2}).{0,400}$/s,
    reason: 'footer',
  },
  {
    pattern: /^(?:주소|(?:인터넷\s?신문\s?)?등록번호|등록일자|발행일자|청소년\s?보호\s?책임자|발행\s?·?\s?편집인)\s*:.{0,120}$/,
    reason: 'footer',
  },
  {
    pattern:
      /^(?:회사소개|구독안내|광고안내|고충처리인|개인정보\s?(?:취급|처리)방침|이용약관|청소년\s?보호정책|공지사항|뉴스아카이브)(?:\s+(?:회사소개|구독안내|광고안내|고충처리인|개인정보\s?(?:취급|처리)방침|이용약관|청소년\s?보호정책|공지사항|뉴스아카이브))*$/,
    reason: 'footer',
  },
  // Follow / SNS / Telegram lines.
  { pattern: /^.{0,20}(?:을|를)?\s*(?:Follow|팔로우)\s*하세요!?$/i, reason: 'follow' },
  // "텔레그램 뉴스채널", "카카오톡 채널 추가하고 뉴스 받기": the channel promo, never a sentence about one.
  {
    pattern: /^[가-힣A-Za-z ]{0,20}(?:텔레그램|카카오톡|카톡)\s*(?:뉴스)?\s*채널(?!.*(?:다|요|까)[.?!]?$).{0,20}$/,
    reason: 'follow',
  },
  { pattern: /^▶.{0,40}(?:관련\s?기사|바로가기|구독|채널 추가|클릭).{0,40}$/, reason: 'promo' },
  // Portal subscription lines: "네이버에서 헤럴드경제 채널 구독하기", "☞ 네이버 메인에서 뉴스1 구독하기".
  {
    pattern:
      /^[▶☞■▷►※◆]?\s*(?:네이버|다음|카카오|구글)(?:\s?(?:메인|뉴스|홈))*에서.{1,40}(?:구독|만나보세요|받아보세요|팔로우|추가)(?:하기|하세요|해\s?주세요|해보세요)?\s*[!.]*$/,
    reason: 'promo',
  },
  // "[기사제보] 카카오톡 okjebo", "기사제보 및 보도자료 news@yna.co.kr", "▶ 제보는 카카오톡 okjebo".
  {
    pattern:
      /^[▶☞■▷►※◆[【(]?\s*(?:기사\s?제보|뉴스\s?제보|제보하기|제보는|제보\s?:)[\]】)]?.{0,80}(?:@|카카오톡|카톡|☎|전화|\d{2,4}-\d{3,4}-\d{4}|jebo|메일|이메일).{0,40}$/i,
    reason: 'tip-line',
  },
  // Subscribe prompts: "헤럴드경제 구독하기", "헤럴드경제 네이버 채널 구독", "기자 구독하고 기사 받아보기".
  {
    pattern: /^[▶☞■▷►※]?\s*.{0,30}(?:채널\s?구독|구독(?:하기|하세요|해\s?주세요|하고\s.{1,12}(?:받기|받아보기|보기)))\s*[!.]*$/,
    reason: 'promo',
  },
  // A photo credit alone on a line: "[사진=JTBC, 이매진아시아]", "(사진=연합뉴스)"; captions keep theirs.
  {
    pattern: /^[[(【]\s*(?:사진|영상|그래픽|자료|이미지|일러스트|사진제공|사진·영상)\s*(?:=|:|제공\s?=?)\s*.{1,60}[\])】]$/,
    reason: 'image-credit',
  },
  // A dateline repeated inside the body ("Published 3:04 p.m. ET March 5, 2024", "입력 2025.11.27 17:25").
  {
    pattern:
      /^(?:Published|Updated|Posted|Last updated|Originally published|입력|수정|등록|기사입력|최종수정)\s*(?::\s*)?(?=.{0,60}\d).{1,60}$/i,
    reason: 'dateline',
  },
  { pattern: /^(?:관련\s?기사|관련\s?뉴스)\s*[:▶].{0,200}$/, reason: 'related' },
  // Reporter sign-offs: "/이종호기자 phillies@@sedaily.com", "김광수 특파원 ksk@sedaily.com",
  // "오철수기자", "홍길동 기자(hong@x.com)"; also the legacy doubled @@.
  { pattern: new RegExp(`^${SIGN_OFF_SOURCE}$`), reason: 'sign-off' },
  // A name with an e-mail and no title: "한지숙 jshan@heraldcorp.com", "홍길동(hong@example.co.kr)".
  { pattern: new RegExp(String.raw`^${REPORTER_NAMES}${SIGN_OFF_EMAIL}$`), reason: 'sign-off' },
  { pattern: /^[\w.+-]+@@?[\w-]+(?:\.[\w-]+)+$/, reason: 'sign-off' },
];

/**
 * A sign-off glued to the end of the last paragraph: "…했다. /이종호기자 phillies@@sedaily.com"
 * (also right after a `<br>`, where the text has no space), or "…했다. 김광수 특파원 ksk@sedaily.com".
 */
export const TRAILING_SIGN_OFF = new RegExp(
  String.raw`(?:(?<=[.!?"'”’)\]]|\s)\s*/\s*${SIGN_OFF_NAME}(?:${SIGN_OFF_EMAIL})?|\s+(?:${SIGN_OFF_NAME}${SIGN_OFF_EMAIL}|${TITLE_FIRST_SIGN_OFF}))\s*$`,
);

/** Reporter e-mail addresses, including the legacy doubled `@@`, for scrubbing bylines. */
export const EMAIL = /[\w.+-]+@@?[\w-]+(?:\.[\w-]+)+/g;
