/**
 * Reader and copy preferences: one typed storage item with defaults and a version, shared by the
 * popup, the options page and the in-page reader (each watches it, so changes apply live).
 */
import { defineLocalItem } from './local-item';

export type Theme = 'auto' | 'light' | 'sepia' | 'dark';
export type FontFamily = 'serif' | 'sans';
export type CopyFormat = 'text' | 'markdown' | 'citation';

export interface Settings {
  theme: Theme;
  font: FontFamily;
  /** Body text size in px. */
  fontSize: number;
  /** Unitless line height; Korean text needs more than Latin (≈ 1.7). */
  lineHeight: number;
  /** Reader column width in px. */
  width: number;
  /** Open the reader by itself on site-rule article pages. Off by default: never surprise. */
  autoOpen: boolean;
  copyFormat: CopyFormat;
  /** Keep photo captions in copied text. */
  copyCaptions: boolean;
  /** Read-aloud speed (SpeechSynthesisUtterance.rate, 1 = the voice's normal speed). */
  speechRate: number;
  /**
   * The voice chosen per language (primary subtag `ko`, `en`, … → the voice's `voiceURI`). A voice
   * that is gone, or a network voice while those are off, falls back to the best local one.
   */
  speechVoices: Record<string, string>;
  /** Offer voices that are not `localService` (the browser sends the text to a speech service). Off by default. */
  speechNetwork: boolean;
}

export const THEMES: readonly Theme[] = ['auto', 'light', 'sepia', 'dark'];
export const FONTS: readonly FontFamily[] = ['sans', 'serif'];
export const COPY_FORMATS: readonly CopyFormat[] = ['text', 'markdown', 'citation'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'auto',
  font: 'sans',
  fontSize: 18,
  lineHeight: 1.7,
  width: 680,
  autoOpen: false,
  copyFormat: 'text',
  copyCaptions: true,
  speechRate: 1,
  speechVoices: Object.freeze({}) as Record<string, string>,
  speechNetwork: false,
});

/** Inclusive ranges the controls offer; stored values are clamped into them. */
export const LIMITS = Object.freeze({
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.4, max: 2.2, step: 0.1 },
  width: { min: 480, max: 960, step: 40 },
  speechRate: { min: 0.5, max: 2, step: 0.1 },
});

/**
 * Korean-first stacks: the KR-specific fonts come before generic families so Hangul never falls
 * back to a Chinese or Japanese CJK variant (docs/peers.md §5 idea 3).
 */
export const FONT_STACKS: Readonly<Record<FontFamily, string>> = Object.freeze({
  sans: '"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "맑은 고딕", "NanumGothic", "나눔고딕", system-ui, sans-serif',
  serif: '"Noto Serif KR", "AppleMyungjo", "NanumMyeongjo", "나눔명조", "Batang", "바탕", serif',
});

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** `value` within `range`, to 2 decimals (1.7 + 0.1 is 1.8, not 1.7999999999999998); `fallback` for non-numbers. */
export function clampSetting(value: unknown, range: { min: number; max: number }, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(n)) return fallback;
  return Math.round(Math.min(range.max, Math.max(range.min, n)) * 100) / 100;
}

/** Language → voiceURI pairs with plain string values; anything else is dropped. */
function voiceMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const entries = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, string] =>
      /^[a-z]{2,3}$/.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length > 0 && entry[1].length < 500,
  );
  return Object.fromEntries(entries);
}

/** Any stored value (older version, hand-edited, partial) → complete, valid settings. */
export function normalizeSettings(value: unknown): Settings {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: pick(v.theme, THEMES, d.theme),
    font: pick(v.font, FONTS, d.font),
    fontSize: clampSetting(v.fontSize, LIMITS.fontSize, d.fontSize),
    lineHeight: clampSetting(v.lineHeight, LIMITS.lineHeight, d.lineHeight),
    width: clampSetting(v.width, LIMITS.width, d.width),
    autoOpen: typeof v.autoOpen === 'boolean' ? v.autoOpen : d.autoOpen,
    copyFormat: pick(v.copyFormat, COPY_FORMATS, d.copyFormat),
    copyCaptions: typeof v.copyCaptions === 'boolean' ? v.copyCaptions : d.copyCaptions,
    speechRate: clampSetting(v.speechRate, LIMITS.speechRate, d.speechRate),
    speechVoices: voiceMap(v.speechVoices),
    speechNetwork: typeof v.speechNetwork === 'boolean' ? v.speechNetwork : d.speechNetwork,
  };
}

/** Stored as one object under `settings` in storage.local (the key WXT's `local:settings` used). */
export const settingsItem = defineLocalItem<Settings>('settings', () => ({ ...DEFAULT_SETTINGS }));

export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

/** Merges `patch` into the stored settings (read-modify-write) and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `callback` with normalised settings whenever they change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}

/** CSS custom properties carrying the typography settings (px/unitless: rem leaks from pages). */
export function typographyStyle(settings: Settings): Record<string, string> {
  return {
    '--dc-font': FONT_STACKS[settings.font],
    '--dc-size': `${settings.fontSize}px`,
    '--dc-leading': String(settings.lineHeight),
    '--dc-width': `${settings.width}px`,
  };
}
