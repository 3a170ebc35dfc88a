import type { Delegate, DelegatePreference } from '../detector-api';

export interface GlProbe {
  /** The worker can make a WebGL2 context at all (MediaPipe needs one even on the CPU). */
  readonly available: boolean;
  readonly renderer: string;
}

/**
 * Software WebGL (SwiftShader, llvmpipe, WARP…) runs MediaPipe's GPU delegate an order of magnitude
 * slower than its CPU (XNNPACK) path: measured 255 ms vs 20 ms per frame for the lite model in
 * headless Chromium on SwiftShader. So software GL counts as "no GPU".
 */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render|warp/i;

export function probeWebGl(): GlProbe {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) return { available: false, renderer: '' };
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(debug ? debug.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return { available: true, renderer };
}

export interface DelegatePlan {
  /** Delegates to try, in order. */
  readonly order: readonly Delegate[];
  /** Why, for the person reading the status line. */
  readonly reason: string;
}

export function planDelegates(preference: DelegatePreference, gl: GlProbe): DelegatePlan {
  if (preference === 'CPU') return { order: ['CPU'], reason: 'CPU chosen in settings' };
  if (preference === 'GPU') return { order: ['GPU', 'CPU'], reason: 'GPU chosen in settings' };
  if (SOFTWARE_RENDERER.test(gl.renderer)) {
    return { order: ['CPU'], reason: `no hardware GPU (${shortRenderer(gl.renderer)})` };
  }
  return { order: ['GPU', 'CPU'], reason: 'hardware GPU' };
}

function shortRenderer(renderer: string): string {
  return SOFTWARE_RENDERER.exec(renderer)?.[0] ?? renderer;
}
