/**
 * Part of step 4: photo blocks as `<figure><img><figcaption>`. Outlets wrap photos in their own
 * markup (`div.img_area > img + p.img_desc`, `.article-photo-wrap`, `.photo > .caption`); as plain
 * divs their captions read as body paragraphs, can't be left out of copies, and Readability's
 * conditional cleaning may drop them. As figures, every later step keeps image and caption together.
 */
import { collapseSpace } from './text';

/** Class or id words that name a caption. */
const CAPTION_NAME =
  /(?:^|[\s_-])(?:caption|cap|desc|img_?txt|photo_?txt|photo_?desc|txt_?photo|img_?desc|source|credit)(?:$|[\s_-])/i;
/** A photo wrapper holds little text of its own besides the caption. */
const MAX_WRAPPER_TEXT = 10;
const MAX_DEPTH = 3;

function isCaption(element: Element): boolean {
  return (
    CAPTION_NAME.test(`${element.getAttribute('class') ?? ''} ${element.id}`) &&
    collapseSpace(element.textContent ?? '').length >= 2
  );
}

function findCaption(wrapper: Element): Element | null {
  const found = Array.from(wrapper.querySelectorAll('*')).filter((element) => element.tagName !== 'IMG' && isCaption(element));
  // The outermost caption element: nested spans of one caption are one caption.
  return found.find((element) => !found.some((other) => other !== element && other.contains(element))) ?? null;
}

/** The nearest ancestor (up to three levels) that wraps only this image and a caption. */
function photoWrapper(img: Element): { wrapper: Element; caption: Element } | null {
  let wrapper = img.parentElement;
  for (let depth = 0; wrapper && depth < MAX_DEPTH; depth += 1, wrapper = wrapper.parentElement) {
    if (/^(?:BODY|HTML|FIGURE|ARTICLE|MAIN)$/.test(wrapper.tagName)) return null;
    if (wrapper.querySelectorAll('img').length > 1) return null;
    const caption = findCaption(wrapper);
    if (!caption) continue;
    const ownText = collapseSpace(wrapper.textContent ?? '').length - collapseSpace(caption.textContent ?? '').length;
    return ownText <= MAX_WRAPPER_TEXT ? { wrapper, caption } : null;
  }
  return null;
}

/** A layout table around one photo holds a caption at most: a few short rows. */
const MAX_PHOTO_TABLE_TEXT = 400;
const MAX_PHOTO_TABLE_ROWS = 4;

/**
 * `<table><tr><td><img></td></tr><tr><td>caption</td></tr></table>`: Korean CMSs (and the photo
 * boxes many newspapers send to Naver News) lay a photo and its caption out as a table, often
 * nested. The outermost table that holds one image and only caption-sized text becomes a figure;
 * as a table, its caption would read as a body paragraph.
 */
function tablePhotos(doc: Document): void {
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    if (!table.isConnected || table.parentElement?.closest('table')?.querySelectorAll('img').length === 1) continue;
    if (table.querySelectorAll('img').length !== 1 || table.querySelectorAll('tr').length > MAX_PHOTO_TABLE_ROWS) continue;
    const text = collapseSpace(table.textContent ?? '');
    if (text.length > MAX_PHOTO_TABLE_TEXT) continue;
    const img = table.querySelector('img')!;
    const figure = doc.createElement('figure');
    figure.append(img);
    if (text) {
      const caption = doc.createElement('figcaption');
      caption.textContent = text;
      figure.append(caption);
    }
    table.replaceWith(figure);
  }
}

export function normalizeFigures(doc: Document): void {
  tablePhotos(doc);
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    if (img.closest('figure')) continue;
    const found = photoWrapper(img);
    if (!found) continue;
    const figure = doc.createElement('figure');
    const caption = doc.createElement('figcaption');
    caption.append(...Array.from(found.caption.childNodes));
    figure.append(img, caption);
    found.wrapper.replaceWith(figure);
  }
  // A <figure> whose caption is a plain element (not <figcaption>) gets a real one.
  for (const figure of Array.from(doc.querySelectorAll('figure'))) {
    if (figure.querySelector('figcaption')) continue;
    const caption = findCaption(figure);
    if (!caption) continue;
    const real = doc.createElement('figcaption');
    real.append(...Array.from(caption.childNodes));
    caption.replaceWith(real);
  }
}
