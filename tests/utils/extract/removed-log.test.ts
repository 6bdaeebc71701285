import { describe, expect, it } from 'vitest';
import { linedText, MAX_DETAIL_LENGTH, RemovedLog } from '../../../utils/extract/removed-log';

describe('RemovedLog', () => {
  it('records text with reason and rule: a preview cut to 80 characters and the full detail', () => {
    const log = new RemovedLog();
    log.text('  공유하기  \n 페이스북 ', 'share-tools', '.share');
    log.text('가'.repeat(120), 'footer', 'footer');
    expect(log.blocks).toEqual([
      { reason: 'share-tools', rule: '.share', text: '공유하기 페이스북', detail: '공유하기\n페이스북' },
      { reason: 'footer', rule: 'footer', text: `${'가'.repeat(79)}…`, detail: '가'.repeat(120) },
    ]);
  });

  it('caps the detail at MAX_DETAIL_LENGTH characters', () => {
    const log = new RemovedLog();
    log.text('나'.repeat(MAX_DETAIL_LENGTH + 500), 'footer', 'footer');
    expect(log.blocks[0]!.detail).toHaveLength(MAX_DETAIL_LENGTH);
  });

  it('records an element by its text, one line per block, and skips text-less elements', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="a"><b>관련기사</b><ul><li><a>첫 기사</a></li><li><a>둘째 기사</a></li></ul></div><div id="b"><img src="x.gif"> </div>',
      'text/html',
    );
    const log = new RemovedLog();
    log.element(doc.querySelector('#a')!, 'related', '.art_rel');
    log.element(doc.querySelector('#b')!, 'ad', '.ad');
    expect(log.blocks).toEqual([
      { reason: 'related', rule: '.art_rel', text: '관련기사 첫 기사 둘째 기사', detail: '관련기사\n첫 기사\n둘째 기사' },
    ]);
  });

  it('linedText breaks at blocks and <br>, never inside inline runs, and skips scripts', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="x">주소 : 서울<br>등록번호 : 가 <b>00224</b><p>발행인</p><script>var a</script></div>',
      'text/html',
    );
    expect(linedText(doc.querySelector('#x')!)).toBe('주소 : 서울\n등록번호 : 가 00224\n발행인');
  });
});
