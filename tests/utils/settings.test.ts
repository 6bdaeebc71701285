import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  FONT_STACKS,
  loadSettings,
  normalizeSettings,
  settingsItem,
  typographyStyle,
  updateSettings,
  watchSettings,
} from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('has the agreed defaults: auto theme, Korean sans stack, 18px, 1.7, 680px, no auto-open, text, captions', async () => {
    expect(await loadSettings()).toEqual({
      theme: 'auto',
      font: 'sans',
      fontSize: 18,
      lineHeight: 1.7,
      width: 680,
      autoOpen: false,
      copyFormat: 'text',
      copyCaptions: true,
      speechRate: 1,
      speechVoices: {},
      speechNetwork: false,
    });
    expect(FONT_STACKS.sans.indexOf('Noto Sans KR')).toBeLessThan(FONT_STACKS.sans.indexOf('sans-serif'));
    expect(FONT_STACKS.serif).toContain('NanumMyeongjo');
  });

  it('is stored as one item under local:settings', async () => {
    await updateSettings({ theme: 'sepia' });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ theme: 'sepia', fontSize: 18 });
    expect(await settingsItem.getValue()).toMatchObject({ theme: 'sepia' });
  });

  it('repairs invalid or partial stored values field by field', () => {
    expect(
      normalizeSettings({ theme: 'neon', fontSize: 99, lineHeight: '2', width: 500, autoOpen: 'yes', copyFormat: 'markdown' }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: 28,
      width: 500,
      copyFormat: 'markdown',
    });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ lineHeight: 1.2 }).lineHeight).toBe(1.4);
  });

  it('keeps read-aloud preferences only in their valid shapes (rate in range, voices per language, network off unless true)', () => {
    expect(
      normalizeSettings({ speechRate: 5, speechNetwork: 'yes', speechVoices: { ko: 'Yuna', EN: 'x', en: 3, ja: '' } }),
    ).toMatchObject({
      speechRate: 2,
      speechNetwork: false,
      speechVoices: { ko: 'Yuna' },
    });
    expect(normalizeSettings({ speechVoices: ['ko'] }).speechVoices).toEqual({});
    expect(normalizeSettings({ speechRate: 0.1, speechNetwork: true })).toMatchObject({ speechRate: 0.5, speechNetwork: true });
  });

  it('notifies watchers with normalised values (live apply)', async () => {
    const seen = vi.fn();
    const unwatch = watchSettings(seen);
    await updateSettings({ theme: 'dark', fontSize: 20 });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.calls.at(-1)?.[0]).toMatchObject({ theme: 'dark', fontSize: 20, width: 680 });
    unwatch();
  });

  it('turns typography into px / unitless custom properties (no rem: it leaks from pages)', () => {
    const style = typographyStyle({ ...DEFAULT_SETTINGS, font: 'serif' });
    expect(style).toEqual({ '--dc-font': FONT_STACKS.serif, '--dc-size': '18px', '--dc-leading': '1.7', '--dc-width': '680px' });
    expect(Object.values(style).join(' ')).not.toMatch(/rem\b/);
  });
});
