/** A promise the test settles: `open()` lets whatever waits on `opened` go on. */
export function gate(): { opened: Promise<void>; open: () => void } {
  const opener: { open?: () => void } = {};
  const opened = new Promise<void>((resolve) => (opener.open = resolve));
  return { opened, open: () => opener.open?.() };
}
