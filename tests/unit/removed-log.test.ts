import { describe, expect, it } from 'vitest';
import { RemovedLog } from '../../utils/extract/removed-log';

describe('RemovedLog', () => {
  it('records text with reason and rule, collapsed and cut to 80 characters', () => {
    const log = new RemovedLog();
    log.text('  공유하기  \n 페이스북 ', 'share-tools', '.share');
    log.text('가'.repeat(120), 'footer', 'footer');
    expect(log.blocks).toEqual([
      { reason: 'share-tools', rule: '.share', text: '공유하기 페이스북' },
      { reason: 'footer', rule: 'footer', text: `${'가'.repeat(79)}…` },
    ]);
  });

  it('records an element by its text and skips text-less elements', () => {
    const doc = new DOMParser().parseFromString('<div id="a"><b>관련</b>기사</div><div id="b"><img src="x.gif"> </div>', 'text/html');
    const log = new RemovedLog();
    log.element(doc.querySelector('#a')!, 'related', '.art_rel');
    log.element(doc.querySelector('#b')!, 'ad', '.ad');
    expect(log.blocks).toEqual([{ reason: 'related', rule: '.art_rel', text: '관련기사' }]);
  });
});
