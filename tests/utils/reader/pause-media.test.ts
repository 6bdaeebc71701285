import { afterEach, describe, expect, it, vi } from 'vitest';
import { pausePlayingMedia } from '@/utils/reader/pause-media';

/** happy-dom media elements do not play; give each a controllable paused/ended state. */
function media(tag: 'video' | 'audio', playing: boolean, ended = false) {
  const el = document.createElement(tag);
  let paused = !playing;
  Object.defineProperty(el, 'paused', { get: () => paused, configurable: true });
  Object.defineProperty(el, 'ended', { get: () => ended, configurable: true });
  el.pause = vi.fn(() => {
    paused = true;
  });
  el.play = vi.fn(async () => {
    paused = false;
  });
  document.body.append(el);
  return el;
}

afterEach(() => document.body.replaceChildren());

describe('pausePlayingMedia', () => {
  it('pauses only playing media and resumes exactly those', () => {
    const playingVideo = media('video', true);
    const pausedVideo = media('video', false);
    const playingAudio = media('audio', true);
    const endedAudio = media('audio', true, true);
    const resume = pausePlayingMedia(document);
    expect(playingVideo.pause).toHaveBeenCalledOnce();
    expect(playingAudio.pause).toHaveBeenCalledOnce();
    expect(pausedVideo.pause).not.toHaveBeenCalled();
    expect(endedAudio.pause).not.toHaveBeenCalled();
    resume();
    expect(playingVideo.play).toHaveBeenCalledOnce();
    expect(playingAudio.play).toHaveBeenCalledOnce();
    expect(pausedVideo.play).not.toHaveBeenCalled();
    expect(endedAudio.play).not.toHaveBeenCalled();
  });

  it('does not resume media the page removed or already restarted', () => {
    const removed = media('video', true);
    const restarted = media('audio', true);
    const resume = pausePlayingMedia(document);
    removed.remove();
    void restarted.play();
    vi.mocked(restarted.play).mockClear();
    resume();
    expect(removed.play).not.toHaveBeenCalled();
    expect(restarted.play).not.toHaveBeenCalled();
  });

  it('survives play() rejecting (autoplay policy)', () => {
    const video = media('video', true);
    video.play = vi.fn(() => Promise.reject(new DOMException('blocked', 'NotAllowedError')));
    const resume = pausePlayingMedia(document);
    expect(() => resume()).not.toThrow();
  });
});
