import { render } from 'preact';
import './style.css';
import { t, uiLanguage } from '@/utils/i18n';
import { PrintView } from './PrintView';

document.documentElement.lang = uiLanguage();
document.title = t('printTitle');
render(<PrintView id={location.hash.slice(1)} />, document.getElementById('app')!);
