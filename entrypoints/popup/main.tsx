import { render } from 'preact';
import './style.css';
import { isSanitizerSupported } from '@/utils/extract/sanitize';
import { t, uiLanguage } from '@/utils/i18n';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();
document.title = t('extShortName');
render(<Popup />, document.getElementById('app')!);
// The sanitiser's one-time setup (DOMPurify, its allowlists, its self-test parse) costs more than
// sanitising an article. Done in the idle time after the first frame, while the popup waits for
// the tab's answer, it is no longer part of the article's frame. Same result either way: the
// setup is cached per window, and SafeHtml sanitises as before.
requestAnimationFrame(() => requestIdleCallback(() => isSanitizerSupported(window)));
