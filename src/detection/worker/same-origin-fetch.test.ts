import { describe, expect, it, vi } from 'vitest';
import { sameOriginFetch } from './same-origin-fetch';

describe('sameOriginFetch', () => {
  const origin = 'https://coach.example';
  const inner = vi.fn(() => Promise.resolve(new Response('ok')));
  const guarded = sameOriginFetch(inner, origin);

  it('refuses MediaPipe’s usage statistics, without sending anything', async () => {
    await expect(guarded('https://odml.pa.googleapis.com/v1/log', { method: 'POST' })).rejects.toThrow(TypeError);
    await expect(guarded(new Request('https://example.org/x'))).rejects.toThrow(/refused https:\/\/example.org/);
    expect(inner).not.toHaveBeenCalled();
  });

  it('lets our own files, relative URLs and in-memory blobs through', async () => {
    await guarded('https://coach.example/assets/pose_landmarker_lite.task');
    await guarded('/assets/vision.wasm');
    await guarded(new URL('blob:https://coach.example/5d1e'));
    expect(inner).toHaveBeenCalledTimes(3);
  });
});
