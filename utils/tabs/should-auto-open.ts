/**
 * The background's answer to `shouldAutoOpen`: whether the reader opens by itself on a page. The
 * content script asks only while the setting is on; the answer needs the site rules, which live
 * here rather than in the script every page of a rule site loads.
 */
import { loadSettings } from '../settings';
import { isRuleArticle } from '../site-rules';

export async function shouldAutoOpen(url: string): Promise<boolean> {
  return isRuleArticle(url) && (await loadSettings()).autoOpen;
}
