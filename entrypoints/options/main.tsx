import { render } from 'preact';
import './style.css';
import { t, uiLanguage } from '@/utils/i18n';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
