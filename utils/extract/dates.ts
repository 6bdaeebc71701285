/**
 * Dates as ISO 8601 with an offset. Korean outlets print local time without a zone
 * ("입력 2025-11-27 17:25:13", "2018.03.19 17:42"); the rule supplies the offset.
 */

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_DATE =
  /(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})(?:\s*일)?\.?(?:(?:\s+|T)(?:(오전|오후)\s*)?(\d{1,2})\s*[:시]\s*(\d{2})(?:\s*[:분]\s*(\d{2}))?)?/;

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Normalises `Z` / `+0900` forms to `+09:00`, dropping fractions. */
function normalizeZoned(value: string): string | null {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const match = /(Z|[+-]\d{2}:?\d{2})$/.exec(value);
  const zone = match?.[1] === 'Z' || !match ? '+00:00' : match[1]!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const [datePart, timePart = '00:00:00'] = value.replace(/(Z|[+-]\d{2}:?\d{2})$/, '').split('T');
  const [h = '00', m = '00', s = '00'] = timePart.split(':');
  return `${datePart}T${pad(h)}:${pad(m)}:${pad(s.slice(0, 2))}${zone}`;
}

function offsetMinutes(offset: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The same instant written in `offset`: `2026-02-12T01:40:31Z` → `2026-02-12T10:40:31+09:00`. */
export function shiftToOffset(iso: string, offset: string): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const local = new Date(time + offsetMinutes(offset) * 60_000);
  const stamp = local.toISOString().slice(0, 19);
  return `${stamp}${offset}`;
}

/**
 * Parses a machine date (`2026-02-12T10:40:31+09:00`) or a printed local date
 * (`입력 2018-03-19 17:42:10`, `2018.03.19 오후 5:42`) into ISO 8601 with `offset`.
 * Returns null when the text holds no date, or only a zoneless one and `offset` is null.
 */
export function toIsoDate(raw: string, offset: string | null): string | null {
  const value = raw.trim();
  if (ISO_WITH_ZONE.test(value)) {
    const zoned = normalizeZoned(value);
    // A site with a known zone publishes in it: show its own local time, not UTC.
    return zoned && offset && !zoned.endsWith(offset) ? shiftToOffset(zoned, offset) : zoned;
  }
  // A printed local time is only trusted when the page's offset is known.
  const match = offset ? LOCAL_DATE.exec(value) : null;
  if (!match || !offset) return null;
  const [, year, month, day, half, hourText, minute = '00', second = '00'] = match;
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  // Rejects impossible days (2025-02-31) that Date would silently roll over.
  const check = new Date(Date.UTC(Number(year), monthNumber - 1, dayNumber));
  if (check.getUTCMonth() !== monthNumber - 1 || check.getUTCDate() !== dayNumber) return null;
  let hour = Number(hourText ?? 0);
  if (half === '오후' && hour < 12) hour += 12;
  if (half === '오전' && hour === 12) hour = 0;
  if (hour > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  return `${year}-${pad(monthNumber)}-${pad(dayNumber)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}

/** `2025-11-27T17:25:13+09:00` → `2025-11-27 17:25`: the article's own local time, for display. */
export function formatLocalDate(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]}` : iso;
}
