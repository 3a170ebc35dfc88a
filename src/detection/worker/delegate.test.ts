import { describe, expect, it } from 'vitest';
import { planDelegates } from './delegate';

const hardware = { available: true, renderer: 'ANGLE (Intel, Intel(R) Iris(R) Xe Graphics Direct3D11 vs_5_0 ps_5_0)' };
const swiftShader = {
  available: true,
  renderer: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
};

describe('planDelegates', () => {
  it('tries the GPU first, then the CPU, on a hardware GPU', () => {
    expect(planDelegates('auto', hardware)).toEqual({ order: ['GPU', 'CPU'], reason: 'hardware GPU' });
  });

  it('uses only the CPU when WebGL is software-rendered', () => {
    expect(planDelegates('auto', swiftShader)).toEqual({ order: ['CPU'], reason: 'no hardware GPU (SwiftShader)' });
    expect(planDelegates('auto', { available: true, renderer: 'llvmpipe (LLVM 15.0.6, 256 bits)' }).order).toEqual([
      'CPU',
    ]);
  });

  it('honours an explicit choice, keeping the CPU as the GPU’s fallback', () => {
    expect(planDelegates('CPU', hardware).order).toEqual(['CPU']);
    expect(planDelegates('GPU', swiftShader).order).toEqual(['GPU', 'CPU']);
  });
});
