import type { Page } from '@playwright/test';

/** How the 'small' picture places the photo: scaled to this, its top-left corner here (fractions of the picture). */
export const SMALL = 0.2;
export const SMALL_AT = { x: 0.6, y: 0.5 } as const;

/**
 * The light the 'dark' and 'dim' pictures keep of the photo's. A photo of a lit room (the shared
 * photos read luma 0.36–0.69) at 4 % reads under 0.03: darker than the set-up trusts even when the
 * pose worker lifts it for the model (src/coach/setup.ts, BLACK = 0.04). At 8 % the knee-to-chest
 * photo (0.59) reads about 0.047: a room the set-up used to refuse (under 0.07) and now coaches
 * when the model was shown it lifted and sees every landmark it needs.
 */
export const DARK = 0.04;
export const DIM = 0.08;

/**
 * Test pictures made in the browser from a photo of one person: two copies side by side (two
 * people in view), the photo darkened to {@link DARK} or {@link DIM} of its light, or shrunk to a
 * fifth in a grey room of the same size (someone far from the camera). Returned as PNG bytes to
 * open in the app, with the picture's mean luma (0–1, as the app measures it: Rec. 601).
 */
export async function composePhoto(
  page: Page,
  jpeg: Buffer,
  mode: 'two' | 'dark' | 'dim' | 'small',
): Promise<{ png: Buffer; luma: number }> {
  const { png, luma } = await page.evaluate(
    async ({ base64, mode, small, at, dark, dim }) => {
      const raw = atob(base64);
      const blob = new Blob([Uint8Array.from(raw, (c) => c.charCodeAt(0))], { type: 'image/jpeg' });
      const bitmap = await createImageBitmap(blob);
      const two = mode === 'two';
      const canvas = new OffscreenCanvas(two ? bitmap.width * 2 : bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2-D canvas');
      if (mode === 'dark' || mode === 'dim') context.filter = `brightness(${mode === 'dark' ? dark : dim})`;
      if (mode === 'small') {
        context.fillStyle = '#7d7870';
        context.fillRect(0, 0, canvas.width, canvas.height);
        const { w, h } = { w: small * bitmap.width, h: small * bitmap.height };
        context.drawImage(bitmap, at.x * bitmap.width, at.y * bitmap.height, w, h);
      } else context.drawImage(bitmap, 0, 0);
      if (two) context.drawImage(bitmap, bitmap.width, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        sum += 0.299 * (pixels[i] ?? 0) + 0.587 * (pixels[i + 1] ?? 0) + 0.114 * (pixels[i + 2] ?? 0);
      }
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return { png: btoa(text), luma: sum / (pixels.length / 4) / 255 };
    },
    { base64: jpeg.toString('base64'), mode, small: SMALL, at: SMALL_AT, dark: DARK, dim: DIM },
  );
  return { png: Buffer.from(png, 'base64'), luma };
}
