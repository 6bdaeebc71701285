/**
 * Typography controls (theme, font, size, line height, width), used in the reader's settings panel
 * and on the options page. Each change is written to storage at once, so every open view follows.
 */
import { t, type MessageKey } from '@/utils/i18n';
import { clampSetting, FONTS, LIMITS, THEMES, type FontFamily, type Settings, type Theme } from '@/utils/settings';

const THEME_LABELS: Readonly<Record<Theme, MessageKey>> = {
  auto: 'themeAuto',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};

const FONT_LABELS: Readonly<Record<FontFamily, MessageKey>> = { sans: 'fontSans', serif: 'fontSerif' };

interface ChoiceProps<T extends string> {
  label: string;
  name: string;
  options: readonly T[];
  labels: Readonly<Record<T, MessageKey>>;
  value: T;
  onPick: (value: T) => void;
}

function Choice<T extends string>({ label, name, options, labels, value, onPick }: ChoiceProps<T>) {
  return (
    <div class="dc-control" role="group" aria-label={label}>
      <span class="dc-control__label" aria-hidden="true">
        {label}
      </span>
      <div class="dc-segmented">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            class="dc-segmented__item"
            data-name={name}
            data-value={option}
            aria-pressed={option === value ? 'true' : 'false'}
            onClick={() => onPick(option)}
          >
            {t(labels[option])}
          </button>
        ))}
      </div>
    </div>
  );
}

export interface StepperProps {
  label: string;
  value: number;
  range: { min: number; max: number; step: number };
  format: (value: number) => string;
  lessLabel: string;
  moreLabel: string;
  onStep: (value: number) => void;
}

export function Stepper({ label, value, range, format, lessLabel, moreLabel, onStep }: StepperProps) {
  const step = (direction: 1 | -1) => onStep(clampSetting(value + direction * range.step, range, value));
  return (
    <div class="dc-control" role="group" aria-label={label}>
      <span class="dc-control__label" aria-hidden="true">
        {label}
      </span>
      <div class="dc-stepper">
        <button
          type="button"
          class="dc-stepper__btn"
          aria-label={lessLabel}
          disabled={value <= range.min}
          onClick={() => step(-1)}
        >
          −
        </button>
        <output class="dc-stepper__value" aria-live="polite">
          {format(value)}
        </output>
        <button
          type="button"
          class="dc-stepper__btn"
          aria-label={moreLabel}
          disabled={value >= range.max}
          onClick={() => step(1)}
        >
          +
        </button>
      </div>
    </div>
  );
}

export interface ReaderControlsProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

export function ReaderControls({ settings, onChange }: ReaderControlsProps) {
  return (
    <div class="dc-controls">
      <Choice
        label={t('theme')}
        name="theme"
        options={THEMES}
        labels={THEME_LABELS}
        value={settings.theme}
        onPick={(theme) => onChange({ theme })}
      />
      <Choice
        label={t('font')}
        name="font"
        options={FONTS}
        labels={FONT_LABELS}
        value={settings.font}
        onPick={(font) => onChange({ font })}
      />
      <Stepper
        label={t('fontSize')}
        value={settings.fontSize}
        range={LIMITS.fontSize}
        format={(value) => `${value}px`}
        lessLabel={t('fontSizeLess')}
        moreLabel={t('fontSizeMore')}
        onStep={(fontSize) => onChange({ fontSize })}
      />
      <Stepper
        label={t('lineHeight')}
        value={settings.lineHeight}
        range={LIMITS.lineHeight}
        format={(value) => value.toFixed(1)}
        lessLabel={t('lineHeightLess')}
        moreLabel={t('lineHeightMore')}
        onStep={(lineHeight) => onChange({ lineHeight })}
      />
      <Stepper
        label={t('width')}
        value={settings.width}
        range={LIMITS.width}
        format={(value) => `${value}px`}
        lessLabel={t('widthLess')}
        moreLabel={t('widthMore')}
        onStep={(width) => onChange({ width })}
      />
    </div>
  );
}
