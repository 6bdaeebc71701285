import { render } from 'preact';
import '@/components/tokens.css';
import '@/components/components.css';
import './style.css';
import { t, uiLanguage } from '@/utils/i18n';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();
document.title = t('extShortName');
render(<Popup />, document.getElementById('app')!);
