'use client';

import { Canvas, useThree } from '@react-three/fiber';
import { type ReactNode, useEffect, useMemo } from 'react';
import { PMREMGenerator, type WebGLRenderer } from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/**
 * Whether WebGL is drawn by the CPU (no usable graphics card: some virtual machines and remote
 * desktops, blocklisted GPUs, headless test browsers). There, prefiltering the studio's reflections
 * takes tens of seconds and freezes the page meanwhile (measured: 10–30 s on a busy 2-core machine,
 * against 0.4 s for the first frame without it).
 */
export function isSoftwareRenderer(gl: WebGLRenderer): boolean {
  const context = gl.getContext();
  const info = context.getExtension('WEBGL_debug_renderer_info');
  const renderer = info
    ? context.getParameter(info.UNMASKED_RENDERER_WEBGL)
    : context.getParameter(context.RENDERER);
  return typeof renderer === 'string' && SOFTWARE_RENDERERS.test(renderer);
}

export function useSoftwareRenderer(): boolean {
  const gl = useThree((three) => three.gl);
  return useMemo(() => isSoftwareRenderer(gl), [gl]);
}

/**
 * How metallic the metal is drawn. A fully metallic surface shows only what it reflects, so without
 * the studio's reflections (software rendering) it would be black but for its highlights: there it is
 * drawn half metallic, lit by the lamps.
 */
export function studioMetalness(software: boolean): number {
  return software ? 0.45 : 1;
}

/**
 * The studio a piece is seen in: soft light from a generated room, reflected by the metal, no
 * download needed. On a software renderer the room is left out (see above) and a sky-and-floor light
 * stands in for it, so the piece shows at once.
 */
export function StudioEnvironment() {
  const { gl, scene, invalidate } = useThree();
  const software = useSoftwareRenderer();
  useEffect(() => {
    if (software) return;
    const pmrem = new PMREMGenerator(gl);
    const environment = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
    scene.environment = environment;
    invalidate();
    return () => {
      scene.environment = null;
      environment.dispose();
      pmrem.dispose();
    };
  }, [gl, scene, invalidate, software]);
  return software ? <hemisphereLight args={['#fffaf0', '#8a8580', 1.4]} /> : null;
}

/** The warm paper the shop shows its pieces on. */
export const STUDIO_BACKDROP = '#f6f3ee';

/**
 * A canvas set up as the studio: drawn on demand, the studio's light, the pieces on `backdrop` (none:
 * the page shows through). The drawing is kept so that a test can read its pixels.
 */
export function StudioCanvas({
  backdrop = STUDIO_BACKDROP,
  dpr = [1, 2],
  children,
}: {
  backdrop?: string | null;
  dpr?: [number, number];
  children: ReactNode;
}) {
  return (
    <Canvas
      frameloop="demand"
      dpr={dpr}
      camera={{ fov: 35, position: [30, 20, 30] }}
      gl={{ preserveDrawingBuffer: true, antialias: true }}
      style={{ touchAction: 'none' }}
    >
      {backdrop ? <color attach="background" args={[backdrop]} /> : null}
      <StudioEnvironment />
      <ambientLight intensity={0.3} />
      <directionalLight position={[5, 10, 7]} intensity={1.2} />
      {children}
    </Canvas>
  );
}
