/**
 * Pauses the page's playing <video>/<audio> while the reader is open, and on close resumes exactly
 * those (media the user had paused stays paused). Pausing changes no attribute, so the DOM is
 * untouched.
 */
function isPlaying(media: HTMLMediaElement): boolean {
  return !media.paused && !media.ended;
}

export function pausePlayingMedia(doc: Document): () => void {
  const paused: HTMLMediaElement[] = [];
  for (const media of Array.from(doc.querySelectorAll<HTMLMediaElement>('video, audio'))) {
    if (!isPlaying(media)) continue;
    try {
      media.pause();
      paused.push(media);
    } catch {
      // A media element that refuses to pause is left alone.
    }
  }
  return () => {
    for (const media of paused.splice(0)) {
      if (!media.isConnected || !media.paused) continue;
      try {
        // Autoplay policy may reject; the page is no worse than a user pause then.
        void media.play()?.catch?.(() => {});
      } catch {
        // ignore: see above
      }
    }
  };
}
