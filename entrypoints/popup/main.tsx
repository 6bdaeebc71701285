import { render } from 'preact';
import './style.css';
import { t, uiLanguage } from '@/utils/i18n';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();
document.title = t('extShortName');
render(<Popup />, document.getElementById('app')!);
