/**
 * Boilerplate shared by Korean news outlets: the chrome and trailer text that survives redesigns
 * because it is matched on words, not class names. Used by site rules and by the generic pipeline
 * for Korean pages.
 */
import type { DropTextRule, RemoveRule } from './site-rule';

/** Reporter name(s) and title, with an optional location prefix ("항저우="). */
const SIGN_OFF_NAME = String.raw`(?:[가-힣]{1,6}=)?\s*[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4})*\s?(?:기자|특파원|선임기자|객원기자|논설위원|수석논설위원|전문기자|인턴기자)`;
/** A reporter e-mail, also the legacy doubled `@@`, optionally bracketed. */
const SIGN_OFF_EMAIL = String.raw`\s*[(<\[]?\s*[\w.+-]+@@?[\w-]+(?:\.[\w-]+)+\s*[)>\]]?`;
/** A whole-line reporter sign-off: "/이종호기자 phillies@@sedaily.com", "오철수기자". */
export const SIGN_OFF_SOURCE = String.raw`[/=]?\s*${SIGN_OFF_NAME}(?:${SIGN_OFF_EMAIL})?`;

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
  { selector: '.ranking, [class*="ranking"], [class*="most_read"], [class*="popular"]', reason: 'most-viewed' },
  { selector: '.comment, #comment, [class*="comment_"], .reply_area', reason: 'comments' },
  { selector: '[class*="author-bio"], [class*="author_bio"], .author-box, .about-author, [class*="author_box"]', reason: 'author-box' },
  // Class *tokens* starting with ad-/ad_: a substring match would hit "head-", "read-all", "thread-".
  { selector: '.ad, .ads, .advert, [class^="ad_"], [class*=" ad_"], [class^="ad-"], [class*=" ad-"], [id^="ad_"], [id^="ad-"], [id^="google_ads"], .adsbygoogle', reason: 'ad' },
  { selector: '[class*="read-more"], [class*="readmore"], [class*="read_more"], [class*="reading-time"], [class*="read-time"]', reason: 'promo' },
];

/**
 * Labels that introduce a clutter block; the block they head is removed when it is mostly links
 * (a related or most-viewed list), so the rule survives any class renaming.
 */
export const CLUTTER_BLOCK_LABELS: readonly DropTextRule[] = [
  { pattern: /^(?:관련\s?기사|관련\s?뉴스|추천\s?기사|이전\s?기사|다음\s?기사|함께 (?:보면|읽으면) 좋은 기사)$/, reason: 'related' },
  { pattern: /^(?:많이 ?본 ?(?:뉴스|기사)|인기\s?기사|가장 많이 본 뉴스|실시간 인기|랭킹 뉴스|주요\s?뉴스)$/, reason: 'most-viewed' },
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
  { pattern: /^[<〈《[(]?\s*(?:저작권자|copyrights?)\s*(?:ⓒ|©|\(c\)).{0,40}(?:무단\s?전재|재배포|All rights? reserved).{0,40}$/i, reason: 'copyright' },
  { pattern: /^.{0,30}무단\s?(?:전재|복제)\s?(?:및|·|,|-)?\s?(?:재배포|배포|복사)(?:\s?(?:및|·|,)?\s?AI\s?학습(?:\s?(?:및|·)?\s?활용)?)?\s?금지\s*[>〉》\])]?\.?$/, reason: 'copyright' },
  { pattern: /^.{0,20}(?:모든 콘텐(?:츠|트)는 저작권법의 보호|저작권법의 보호를 받는 바,).{0,80}$/, reason: 'copyright' },
  { pattern: /^(?:Copyright|Copyrights)?\s*(?:ⓒ|©|\(c\))\s*.{0,40}(?:All rights? reserved\.?).{0,40}$/i, reason: 'copyright' },
  { pattern: /^Copyright\s.{0,60}(?:All rights? reserved).{0,30}$/i, reason: 'copyright' },
  // Footer registration block: two or more of the statutory labels, values ignored (they change).
  {
    pattern:
      /^(?=(?:.*?(?:등록번호|등록일자|발행일자|발행\s?·?\s?편집인|발행인|편집인|청소년\s?보호\s?책임자|사업자\s?번호|대표전화|대표자|상호|주소)\s*:){2}).{0,400}$/s,
    reason: 'footer',
  },
  { pattern: /^(?:주소|(?:인터넷\s?신문\s?)?등록번호|등록일자|발행일자|청소년\s?보호\s?책임자|발행\s?·?\s?편집인)\s*:.{0,120}$/, reason: 'footer' },
  { pattern: /^(?:회사소개|구독안내|광고안내|고충처리인|개인정보\s?(?:취급|처리)방침|이용약관|청소년\s?보호정책|공지사항|뉴스아카이브)(?:\s+(?:회사소개|구독안내|광고안내|고충처리인|개인정보\s?(?:취급|처리)방침|이용약관|청소년\s?보호정책|공지사항|뉴스아카이브))*$/, reason: 'footer' },
  // Follow / SNS / Telegram lines.
  { pattern: /^.{0,20}(?:을|를)?\s*(?:Follow|팔로우)\s*하세요!?$/i, reason: 'follow' },
  // "텔레그램 뉴스채널", "카카오톡 채널 추가하고 뉴스 받기": the channel promo, never a sentence about one.
  { pattern: /^[가-힣A-Za-z ]{0,20}(?:텔레그램|카카오톡|카톡)\s*(?:뉴스)?\s*채널(?!.*(?:다|요|까)[.?!]?$).{0,20}$/, reason: 'follow' },
  { pattern: /^▶.{0,40}(?:관련\s?기사|바로가기|구독|채널 추가|클릭).{0,40}$/, reason: 'promo' },
  // A dateline repeated inside the body ("Published 3:04 p.m. ET March 5, 2024", "입력 2025.11.27 17:25").
  { pattern: /^(?:Published|Updated|Posted|Last updated|Originally published|입력|수정|등록|기사입력|최종수정)\s*(?::\s*)?(?=.{0,60}\d).{1,60}$/i, reason: 'dateline' },
  { pattern: /^(?:관련\s?기사|관련\s?뉴스)\s*[:▶].{0,200}$/, reason: 'related' },
  // Reporter sign-offs: "/이종호기자 phillies@@sedaily.com", "김광수 특파원 ksk@sedaily.com",
  // "오철수기자", "홍길동 기자(hong@x.com)"; also the legacy doubled @@.
  { pattern: new RegExp(`^${SIGN_OFF_SOURCE}$`), reason: 'sign-off' },
  { pattern: /^[\w.+-]+@@?[\w-]+(?:\.[\w-]+)+$/, reason: 'sign-off' },
];

/**
 * A sign-off glued to the end of the last paragraph: "…했다. /이종호기자 phillies@@sedaily.com"
 * (also right after a `<br>`, where the text has no space), or "…했다. 김광수 특파원 ksk@sedaily.com".
 */
export const TRAILING_SIGN_OFF = new RegExp(
  String.raw`(?:(?<=[.!?"'”’)\]]|\s)\s*/\s*${SIGN_OFF_NAME}(?:${SIGN_OFF_EMAIL})?|\s+${SIGN_OFF_NAME}${SIGN_OFF_EMAIL})\s*$`,
);

/** Reporter e-mail addresses, including the legacy doubled `@@`, for scrubbing bylines. */
export const EMAIL = /[\w.+-]+@@?[\w-]+(?:\.[\w-]+)+/g;
