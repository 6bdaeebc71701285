/**
 * Naver News clutter, copied from the real saved pages (tests/pages/naver-*): the page chrome
 * around the story (press header, reactions, the summary bot, text-to-speech and font controls,
 * the reporter card, section notice) and the promotions outlets append to their stories there.
 * How the lists are used: tests/clutter-strings.ts.
 */

export const NAVER_CLUTTER_STRINGS: readonly string[] = [
  // 2022+ design (naver-2023-herald)
  '본문 바로가기',
  '이전 페이지',
  '언론사를 구독하면 메인에서 바로 볼 수 있어요!',
  '보러가기',
  'PICK 안내',
  '언론사가 주요기사로선정한 기사입니다.',
  '언론사별 바로가기',
  '기사원문',
  '구독',
  '구독중',
  '구독자 0 응원수 0 더보기',
  '추천',
  '쏠쏠정보 0 흥미진진 0 공감백배 0 분석탁월 0 후속강추 0',
  '댓글',
  '본문 요약봇',
  '자동 추출 기술로 요약된 내용입니다. 요약 기술의 특성상 본문의 주요 내용이 제외될 수 있어, 전체 맥락을 이해하기 위해서는 기사 본문 전체보기를 권장합니다.',
  '텍스트 음성 변환 서비스 사용하기',
  '이동 통신망을 이용하여 음성을 재생하면 별도의 데이터 통화료가 부과될 수 있습니다.',
  '본문듣기 시작',
  '글자 크기 변경하기',
  'SNS 보내기',
  '인쇄하기',
  '기자 프로필',
  '헤럴드경제의 구독 많은 기자를 구독해보세요!',
  'Copyright ⓒ 헤럴드경제. All rights reserved. 무단 전재 및 재배포 금지.',
  '이 기사는 언론사에서 사회 섹션으로 분류했습니다.',
  '기사 섹션 분류 안내',
  '기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다. 언론사는 개별 기사를 2개 이상 섹션으로 중복 분류할 수 있습니다.',
  '메인에서 바로 보는 언론사 편집 뉴스 지금 바로 구독해보세요!',
  '헤럴드경제 네이버 채널 구독',
  '해당 언론사에서 선정하며 언론사 페이지(아웃링크)로 이동해 볼 수 있습니다.',
  '이 기사를 추천합니다',
  '기사 추천은 24시간 내 50회까지 참여할 수 있습니다.',
  // pre-2022 design (naver-desktop-2020-joongang)
  '해당 언론사가 주요기사로 직접 선정한 기사입니다.',
  '언론사 편집판 바로가기',
  '스크랩',
  '본문듣기',
  '설정',
  '설정을 저장하시겠습니까?',
  '좋아요',
  '훈훈해요',
  '슬퍼요',
  '화나요',
  '후속기사 원해요',
  '이 기사는 언론사에서 사회 섹션으로 분류했습니다.',
  // outlets' promotions at the end of their stories on Naver
  "▶ 그래서, 팩트가 뭐야? 궁금하면 '팩플'",
  "▶ 세상 쉬운 내 돈 관리 '그게머니'",
  '▶ 그래픽으로 다 말해주마, 그래픽텔링',
  'ⓒ중앙일보(https://joongang.co.kr), 무단 전재 및 재배포 금지',
];

export const NAVER_CLUTTER_PATTERNS: readonly RegExp[] = [
  // the reporter sign-off the outlets put under the story: "김경희 기자 amator@joongang.co.kr"
  /@(?:joongang\.co\.kr|heraldcorp\.com)/,
  /^입력\s?\d{4}\./m,
  /^(?:기사입력|최종수정)\s/m,
  /쏠쏠정보|흥미진진|공감백배|분석탁월|후속강추/,
];
