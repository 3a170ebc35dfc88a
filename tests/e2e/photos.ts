import type { Page } from '@playwright/test';

/** How the 'small' picture places the photo: scaled to this, its top-left corner here (fractions of the picture). */
export const SMALL = 0.2;
export const SMALL_AT = { x: 0.6, y: 0.5 } as const;

/**
 * Test pictures made in the browser from a photo of one person: two copies side by side (two
 * people in view), the photo darkened to 8 % (a dark room), or shrunk to a fifth in a grey room
 * of the same size (someone far from the camera). Returned as PNG bytes to open in the app.
 */
export async function composePhoto(page: Page, jpeg: Buffer, mode: 'two' | 'dark' | 'small'): Promise<Buffer> {
  const png = await page.evaluate(
    async ({ base64, mode, small, at }) => {
      const raw = atob(base64);
      const blob = new Blob([Uint8Array.from(raw, (c) => c.charCodeAt(0))], { type: 'image/jpeg' });
      const bitmap = await createImageBitmap(blob);
      const two = mode === 'two';
      const canvas = new OffscreenCanvas(two ? bitmap.width * 2 : bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2-D canvas');
      if (mode === 'dark') context.filter = 'brightness(8%)';
      if (mode === 'small') {
        context.fillStyle = '#7d7870';
        context.fillRect(0, 0, canvas.width, canvas.height);
        const { w, h } = { w: small * bitmap.width, h: small * bitmap.height };
        context.drawImage(bitmap, at.x * bitmap.width, at.y * bitmap.height, w, h);
      } else context.drawImage(bitmap, 0, 0);
      if (two) context.drawImage(bitmap, bitmap.width, 0);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    },
    { base64: jpeg.toString('base64'), mode, small: SMALL, at: SMALL_AT },
  );
  return Buffer.from(png, 'base64');
}
