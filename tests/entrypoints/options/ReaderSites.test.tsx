/**
 * Options: the list of reader sites (from storage, live), removing one, adding one by address
 * (the permission asked in the submit itself), and the read-aloud preferences.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '@/entrypoints/options/Options';
import { ReaderSites } from '@/entrypoints/options/ReaderSites';
import { sendMessage } from '@/utils/messaging';
import { flush, ko, mount, useKoreanMessages, type Mounted } from '../../support/helpers';

vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => 'added') }));
const send = vi.mocked(sendMessage);
let view: Mounted | undefined;
let request: ReturnType<typeof vi.fn>;

const section = () => view!.container.querySelector<HTMLElement>('[data-testid="reader-sites"]')!;
const status = () => section().querySelector('[data-testid="status"]')?.textContent;

async function submit(text: string) {
  const input = section().querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await flush(1);
  section()
    .querySelector('form')!
    .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

beforeEach(async () => {
  fakeBrowser.reset();
  useKoreanMessages();
  send.mockClear();
  request = vi.fn(async () => true);
  (fakeBrowser.permissions as unknown as { request: unknown }).request = request;
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([] as never);
  await fakeBrowser.storage.local.set({ readerSites: ['https://www.hani.co.kr'] });
  view = await mount(<Options />);
  await flush(4);
});
afterEach(() => view?.unmount());

describe('options: reader sites', () => {
  it('lists the stored sites, follows changes, and removes one through the background', async () => {
    expect(Array.from(section().querySelectorAll('li'), (li) => li.dataset.origin)).toEqual(['https://www.hani.co.kr']);
    await fakeBrowser.storage.local.set({ readerSites: ['https://www.hani.co.kr', 'https://news.example.com'] });
    await flush();
    expect(section().querySelectorAll('li')).toHaveLength(2);
    const remove = section().querySelector<HTMLButtonElement>('li button')!;
    expect(remove.getAttribute('aria-label')).toBe(ko('siteRemoveNamed', 'www.hani.co.kr'));
    remove.click();
    await flush();
    expect(send).toHaveBeenCalledWith('removeReaderSite', { origin: 'https://www.hani.co.kr' });
    expect(status()).toBe(ko('siteRemoved', 'www.hani.co.kr'));
  });

  it('adds a site by address, asking for its origin in the submit itself', async () => {
    await submit('news.example.com/section/1');
    expect(request).toHaveBeenCalledWith({ origins: ['https://news.example.com/*'] });
    await flush();
    expect(send).toHaveBeenCalledWith('addReaderSite', { origin: 'https://news.example.com' });
    expect(status()).toBe(ko('siteAdded', 'news.example.com'));
    expect(section().querySelector('input')!.value).toBe('');
  });

  it('says so when the permission is declined, and lists nothing', async () => {
    request.mockResolvedValue(false);
    await submit('news.example.com');
    await flush();
    expect(send).not.toHaveBeenCalledWith('addReaderSite', expect.anything());
    expect(status()).toBe(ko('siteDeclined', 'news.example.com'));
  });

  it("opened by the popup for a site (#add=…), has it filled in and waits for the user's Add", async () => {
    view!.unmount();
    view = await mount(<ReaderSites hash={`#add=${encodeURIComponent('http://blog.example.org')}`} />);
    await flush(4);
    expect(section().querySelector('input')!.value).toBe('blog.example.org');
    expect(section().querySelector('[data-testid="site-asked"]')?.textContent).toBe(ko('siteAsk', 'blog.example.org'));
    expect(request).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(section().querySelector('[data-testid="site-add"]'));
    section()
      .querySelector('form')!
      .dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    // The scheme the popup asked for, not the https a bare host would get.
    expect(request).toHaveBeenCalledWith({ origins: ['http://blog.example.org/*'] });
  });

  it('tells a bad address, a listed site and a store apart, asking for nothing', async () => {
    await submit('not a site');
    await flush();
    expect(status()).toBe(ko('siteInvalid'));
    await submit('https://www.hani.co.kr/arti');
    await flush();
    expect(status()).toBe(ko('siteAlready', 'www.hani.co.kr'));
    await submit('chromewebstore.google.com');
    await flush();
    expect(status()).toBe(ko('siteUnavailable'));
    expect(request).not.toHaveBeenCalled();
  });
});

describe('options: read aloud', () => {
  it('has the speed and the network voices switch, off, with its plain warning', async () => {
    const controls = view!.container.querySelector<HTMLElement>('[data-testid="speech-controls"]')!;
    expect(controls.textContent).toContain(ko('speechNetworkWarning'));
    const network = controls.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(network.checked).toBe(false);
    network.click();
    await flush();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ speechNetwork: true });
    controls.querySelector<HTMLButtonElement>(`[aria-label="${ko('speechRateMore')}"]`)!.click();
    await flush();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ speechRate: 1.1 });
  });
});
