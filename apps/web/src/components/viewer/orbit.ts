'use client';

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { PerspectiveCamera, type Sphere } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { prefersReducedMotion } from './reduced-motion';

/**
 * Orbit on drag or touch, zoom on scroll or pinch; with `turntable`, the piece turns while idle until
 * the viewer takes over (never for those who ask for reduced motion). Frames are drawn on demand:
 * while turning or moving, not while still, so a page with a model on it does not keep a core busy.
 */
export function useStudioOrbit({ turntable }: { turntable: boolean }): OrbitControls {
  const { camera, gl, invalidate } = useThree();
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  useEffect(() => {
    controls.enableDamping = true;
    controls.autoRotate = turntable && !prefersReducedMotion();
    controls.autoRotateSpeed = 1.2;
    const stopTurntable = () => {
      controls.autoRotate = false;
    };
    const redraw = () => invalidate();
    controls.addEventListener('start', stopTurntable);
    controls.addEventListener('change', redraw);
    invalidate();
    return () => {
      controls.removeEventListener('start', stopTurntable);
      controls.removeEventListener('change', redraw);
      controls.dispose();
    };
  }, [controls, turntable, invalidate]);
  useFrame(() => {
    // update() reports a move (damping still settling); the turntable always moves.
    if (controls.update() || controls.autoRotate) invalidate();
  });
  return controls;
}

/** Where the camera stands, in radii of the piece's bounding sphere from its centre. */
export interface Framing {
  offset: [number, number, number];
  /** How close the camera may come, in radii. */
  minRadii: number;
}

/** Frames the whole piece: the camera at `framing.offset` from the centre, zoom kept within reason. */
export function fitCamera(controls: OrbitControls, bounds: Sphere, framing: Framing): void {
  const camera = controls.object;
  const { radius, center } = bounds;
  const [x, y, z] = framing.offset;
  camera.position.set(center.x + x * radius, center.y + y * radius, center.z + z * radius);
  if (camera instanceof PerspectiveCamera) {
    camera.near = radius / 100;
    camera.far = radius * 100;
    camera.updateProjectionMatrix();
  }
  controls.target.copy(center);
  controls.minDistance = radius * framing.minRadii;
  controls.maxDistance = radius * 8;
  controls.update();
}
