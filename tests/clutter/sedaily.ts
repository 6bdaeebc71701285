/**
 * Known sedaily.com clutter, from docs/sedaily-dom.md (§6 "Clutter text to strip" and
 * §8 "the 2025 page"), plus the few labels the hand-built fixtures' invented chrome uses (marked below).
 * How the lists are used: tests/clutter-strings.ts.
 */

export const SEDAILY_CLUTTER_STRINGS: readonly string[] = [
  // --- copyright and legal (§6) ---
  '<저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지>',
  '< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >',
  '서울경제의 모든 콘텐트는 저작권법의 보호를 받는 바, 무단 전재·복사·배포 등은 법적 제재를 받을 수 있습니다.',
  'Copyright ⓒ Sedaily, All right reserved ☏ 02) 724-8600',
  'Copyright ⓒ Sedaily, All right reserved',
  'ⓒ 서울경제 All right reserved. 02)724-8600',
  // 2018 footer address and registration lines (§6)
  '서울시 서대문구 통일로 81 NH농협생명빌딩 9층, 13층',
  '등록번호 : 서울 가 00224',
  '등록일자 : 1988.05.13',
  '발행 ·편집인 : 이종환',
  '인터넷신문등록번호 : 서울 아04065',
  '등록일자 : 2016.04.26',
  '발행일자 : 2016.04.01',
  '청소년보호책임자 : 손동영',
  // 2025 footer lines, run together exactly as copied from the page (§8)
  '주소 : 서울특별시 종로구 율곡로 6 트윈트리타워 B동 14~16층 대표전화 : 02) 724-8600',
  '상호 : 서울경제신문사업자번호 : 208-81-10310대표자 : 손동영등록번호 : 서울 가 00224등록일자 : 1988.05.13',
  '인터넷신문 등록번호 : 서울 아04065 등록일자 : 2016.04.26발행일자 : 2016.04.01발행 ·편집인 : 손동영청소년보호책임자 : 신한수',

  // --- follow, SNS and newsletter (§6, §8) ---
  '서울경제를 Follow 하세요',
  '서울경제를 팔로우 하세요',
  '서울경제를 팔로우하세요!',
  '서울경제신문',
  '텔레그램 뉴스채널',
  '뉴스레터 신청 :',
  '뉴스레터 신청',
  'Enter your email address',
  '확인',
  '관련사이트 보기',
  '관련사이트보기',
  'TOP',
  '위로',
  '페이스북',
  '유투브',
  '인스타그램',

  // --- menus and header (§6, seen on the 2018 homepage) ---
  '주 메뉴 바로가기',
  '본문내용 바로가기',
  '전종목 시세보기',
  'KOSPI',
  'KOSDAQ',
  'KOSPI 200',
  '환율(USD/KRW)',
  'PDF보기',
  '초판보기',
  '서경now',
  '실시간 속보',
  '블록체인의 모든 것, 디센터',
  'SEARCH',
  '검색어를 입력하세요',
  '전체 메뉴 보기',
  '전체 메뉴 닫기',
  '검색창 닫기',
  '내가 구독한 기자',
  '저장한기사',
  '개인정보 관리',
  '비밀번호 재설정',
  '이메일 설정',
  '서경 Now',
  '환경설정',
  '로딩중',
  // footer menu, one label per line and all on one line
  '회사소개',
  '구독안내',
  '광고안내',
  '고충처리인',
  '개인정보취급방침',
  '이용약관',
  '청소년 보호정책',
  '공지사항',
  '회사소개 구독안내 광고안내 고충처리인 개인정보취급방침 이용약관 청소년 보호정책 공지사항',
  // mobile footer (§3, clone of the site)
  '뉴스아카이브',

  // --- article-page UI labels (§6, captured Era 2 NewsView text; §8) ---
  '전체메뉴',
  '검색',
  '공유하기',
  '글자크기 설정',
  '이메일보내기',
  '관련기사',
  '더보기',
  'top버튼',
  '팝업창 닫기',
  // breadcrumb lines
  '경제·금융 경제·금융일반',
  '산업 기업',

  // --- legacy junk (§6) ---
  'SetSectionName();',

  // --- labels of the fixtures' invented chrome (not attested on sedaily; see tests/pages/README.md) ---
  '많이 본 뉴스',
  '최신 뉴스',
  '기자 구독',
  '칼럼 구독',
  '칼럼니스트의 다른 기사',
  '오늘 하루 보지 않기',
  '앱 설치하기',
  '앱으로 보기',
  '서울경제 앱에서 보기',
  '모바일 웹으로 볼게요',
  '전체 기사 보기',
  '인기 검색어',
  '프린트',
  '인쇄',
  '북마크',
  '닫기',
  '서울경제 앱으로 더 빠르고 편하게 뉴스를 받아보세요',
  '매일 아침 꼭 필요한 경제 뉴스만 골라 보내드립니다.',
  '서울경제 논설위원. 산업부장과 경제부장을 거쳐 산업·통상 정책을 주로 다룬다.',
  // breadcrumb lines of the invented pages (same form as the attested '산업 기업')
  '산업 생활',
  '오피니언 사내칼럼',
  '증권 시황',
  '부동산 정책·제도',
  '경제·금융 외환',
];

export const SEDAILY_CLUTTER_PATTERNS: readonly RegExp[] = [
  // e-mail addresses written with a doubled @ (sign-offs: "/이종호기자 phillies@@sedaily.com")
  /[\w.+-]+@@[\w-]+(?:\.[\w-]+)+/,
  // staff addresses on the current and legacy domains, single @ ("ksk@sedaily.com", "dhchung@sed.co.kr")
  /[\w.+-]+@@?(?:sedaily\.com|sed\.co\.kr)\b/i,
  // copyright notices in all spellings ("무단 전재", "무단전재", "All right reserved", "Copyright ⓒ")
  /무단\s?전재/,
  /All rights? reserved/i,
  /Copyright\s?ⓒ/i,
  /저작권자\s?ⓒ\s?서울경제/,
  // a reporter sign-off left alone on a line: "/이종호기자", "오철수기자", "김광수 특파원 ksk@sedaily.com"
  /^\/?[가-힣]{2,4}\s?(?:기자|특파원|선임기자)(?:\s+\S+@@?\S+)?$/m,
  // print-edition codes on their own line ("0215A01 사고")
  /^\d{4}[A-Z]\d{2}\s?\S{0,6}$/m,
  // legacy archive junk
  /SetSectionName\(\);/,
  // footer labels, whatever their values (names and addresses change)
  /등록번호\s?:/,
  /청소년보호책임자\s?:/,
  /발행\s?·\s?편집인\s?:/,
  /사업자번호\s?:/,
  /대표전화\s?:/,
  /Info\/Company\/TelegramNews/,
];
