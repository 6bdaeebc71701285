import { render } from 'preact';
import '@/components/tokens.css';
import '@/components/components.css';
import './style.css';
import { t, uiLanguage } from '@/utils/i18n';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
