import type { Page } from '@playwright/test';

/**
 * Test pictures made in the browser from a photo of one person: two copies side by side (two
 * people in view), or the photo darkened to 8 % (a dark room). Returned as PNG bytes to open in
 * the app.
 */
export async function composePhoto(page: Page, jpeg: Buffer, mode: 'two' | 'dark'): Promise<Buffer> {
  const png = await page.evaluate(
    async ({ base64, mode }) => {
      const raw = atob(base64);
      const blob = new Blob([Uint8Array.from(raw, (c) => c.charCodeAt(0))], { type: 'image/jpeg' });
      const bitmap = await createImageBitmap(blob);
      const two = mode === 'two';
      const canvas = new OffscreenCanvas(two ? bitmap.width * 2 : bitmap.width, bitmap.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2-D canvas');
      if (mode === 'dark') context.filter = 'brightness(8%)';
      context.drawImage(bitmap, 0, 0);
      if (two) context.drawImage(bitmap, bitmap.width, 0);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    },
    { base64: jpeg.toString('base64'), mode },
  );
  return Buffer.from(png, 'base64');
}
