/** Bylines read from a Korean story's opening dateline, and sign-offs with the title first. */
import { describe, expect, it } from 'vitest';
import { cleanByline, datelineByline, fullerByline } from '../../../utils/extract/byline';

describe('datelineByline', () => {
  it.each([
    ['[이데일리 조민정 기자] 금융위원회가 27일 발표했다.', '조민정 기자'],
    ['[헤럴드경제=한지숙 기자] 경찰이 압수수색에 나섰다.', '한지숙 기자'],
    ['[서울=뉴시스]이현주 기자 = 정부가 발표했다.', '이현주 기자'],
    ['(서울=연합뉴스) 홍길동 기자 = 정부가 발표했다.', '홍길동 기자'],
    ['[아시아경제 김철수·이영희 기자] 코스피가 올랐다.', '김철수·이영희 기자'],
    ['(워싱턴=연합뉴스) 김동현 특파원 = 미국 정부가 밝혔다.', '김동현 특파원'],
    ['【서울=뉴시스】 박영태 선임기자 = 정부가 발표했다.', '박영태 선임기자'],
  ])('%j → %j', (paragraph, byline) => {
    expect(datelineByline(paragraph)).toBe(byline);
  });

  it.each([
    ['[엔터미디어=정덕현의 이슈공감] 엘제이의 리벤지인가.'],
    ['[속보] 코스피 3000 돌파'],
    ['(사진=연합뉴스) 정부가 발표했다.'],
    ['정부는 [서울=뉴시스] 보도를 부인했다. 홍길동 기자 ='],
    ['대통령 기자회견이 열렸다.'],
    [''],
  ])('%j → null', (paragraph) => {
    expect(datelineByline(paragraph)).toBeNull();
  });
});

describe('cleanByline: the title first, as columns sign', () => {
  it.each([
    ['칼럼니스트 박생강 pillgoo9@gmail.com', '칼럼니스트 박생강'],
    ['정덕현 칼럼니스트 thekian1@entermedia.co.kr', '정덕현 칼럼니스트'],
    ['한지숙 jshan@heraldcorp.com', '한지숙'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });
});

describe('fullerByline', () => {
  it('prefers the markup, then the dateline, then the sign-off', () => {
    expect(fullerByline('김광수 특파원', '홍길동 기자', '이종호기자')).toBe('김광수 특파원');
    expect(fullerByline(null, '홍길동 기자', '이종호기자')).toBe('홍길동 기자');
    expect(fullerByline(null, null, '이종호기자')).toBe('이종호기자');
    expect(fullerByline(null, null, null)).toBeNull();
  });

  it('lets the dateline complete a bare name from the markup, never replace another name', () => {
    expect(fullerByline('조민정', '조민정 기자', null)).toBe('조민정 기자');
    expect(fullerByline('조민', '조민정 기자', null)).toBe('조민정 기자');
    expect(fullerByline('김철수', '조민정 기자', null)).toBe('김철수');
  });
});
