'use client';

import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Box3, Mesh, MeshPhysicalMaterial, type Object3D, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { describeModel } from './describe-model';
import { loadModelObject, type ViewerSource } from './load-model-object';
import type { MetalLook } from './metal-looks';
import { type RadialResize, radialResizeMatrix } from './radial-resize';
import { prefersReducedMotion } from './reduced-motion';
import { StudioEnvironment, studioMetalness, useSoftwareRenderer } from './studio';

export interface ModelDimensions {
  sizeMm: [number, number, number];
  triangles: number;
}

/**
 * Orbit on drag, turntable while idle (until the shopper takes over, and never for those who ask for
 * reduced motion); fits the camera to the model. Frames are drawn on demand: while turning or moving,
 * not while still, so a page with a model on it does not keep a core busy.
 */
function Controls({ radius }: { radius: number }) {
  const { camera, gl, invalidate } = useThree();
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  useEffect(() => {
    controls.enableDamping = true;
    controls.autoRotate = !prefersReducedMotion();
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
  }, [controls, invalidate]);
  useEffect(() => {
    const distance = radius * 2.6;
    camera.position.set(distance * 0.7, distance * 0.5, distance * 0.8);
    camera.near = radius / 100;
    camera.far = radius * 100;
    camera.updateProjectionMatrix();
    controls.minDistance = radius * 0.8;
    controls.maxDistance = radius * 8;
    controls.target.set(0, 0, 0);
    invalidate();
  }, [camera, controls, radius, invalidate]);
  useFrame(() => {
    // update() reports a move (damping still settling); the turntable always moves.
    if (controls.update() || controls.autoRotate) invalidate();
  });
  return null;
}

function Model({ object, look, resize }: { object: Object3D; look: MetalLook; resize: RadialResize | null }) {
  const invalidate = useThree((three) => three.invalidate);
  const software = useSoftwareRenderer();
  const material = useMemo(
    () => new MeshPhysicalMaterial({ metalness: studioMetalness(software), clearcoat: 0.3 }),
    [software],
  );
  useEffect(() => {
    material.color.set(look.color);
    material.roughness = look.roughness;
    object.traverse((child) => {
      if (child instanceof Mesh) {
        child.material = material;
        child.geometry.computeVertexNormals();
      }
    });
    invalidate();
  }, [object, material, look, invalidate]);
  useEffect(() => {
    // The loader centred the object by its position; a resize is applied in the model's own millimetres.
    object.matrixAutoUpdate = !resize;
    if (resize) {
      object.matrix.makeTranslation(object.position.x, object.position.y, object.position.z);
      object.matrix.multiply(radialResizeMatrix(resize));
      object.matrixWorldNeedsUpdate = true;
    }
    invalidate();
  }, [object, resize, invalidate]);
  return <primitive object={object} />;
}

/**
 * The 3D viewer: the model in the chosen metal, orbit on drag, idle turntable, fitted to view.
 * Reports the model's size in millimetres once loaded.
 */
export function ModelViewer({
  source,
  look,
  onLoaded,
  className,
  label,
  resize = null,
}: {
  source: ViewerSource;
  look: MetalLook;
  /** Shows a ring resized radially about its axis (the size chosen rather than the model's). */
  resize?: RadialResize | null;
  onLoaded?: (dimensions: ModelDimensions) => void;
  className?: string;
  label?: string;
}) {
  const t = useTranslations('uiRest.viewer');
  const locale = useLocale();
  const what = label ?? t('modelLabel');
  const [state, setState] = useState<
    { object: Object3D; radius: number; sizeMm: [number, number, number] } | { error: true } | null
  >(null);
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;

  useEffect(() => {
    let cancelled = false;
    setState(null);
    loadModelObject(source)
      .then((object) => {
        if (cancelled) return;
        const box = new Box3().setFromObject(object);
        const size = box.getSize(new Vector3());
        const center = box.getCenter(new Vector3());
        object.position.sub(center);
        let triangles = 0;
        object.traverse((child) => {
          if (child instanceof Mesh) {
            const geometry = child.geometry;
            triangles += (geometry.index ? geometry.index.count : geometry.attributes.position.count) / 3;
          }
        });
        setState({ object, radius: Math.max(size.length() / 2, 0.1), sizeMm: [size.x, size.y, size.z] });
        onLoadedRef.current?.({ sizeMm: [size.x, size.y, size.z], triangles });
      })
      .catch(() => {
        if (!cancelled) setState({ error: true });
      });
    return () => {
      cancelled = true;
    };
  }, [source]);

  if (state && 'error' in state) {
    return (
      <div className={className} role="img" aria-label={what}>
        <div className="grid h-full place-content-center p-6 text-center text-sm text-muted-foreground">
          {t('cannotDisplay')}
        </div>
      </div>
    );
  }
  return (
    <div
      className={className}
      role="img"
      aria-label={describeModel(what, state?.sizeMm, locale)}
      data-loaded={state ? 'true' : 'false'}
      data-radial-scale={resize ? resize.radialScale.toFixed(4) : undefined}
    >
      <Canvas
        frameloop="demand"
        dpr={[1, 2]}
        camera={{ fov: 35, position: [30, 20, 30] }}
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        style={{ touchAction: 'none' }}
      >
        <color attach="background" args={['#f6f3ee']} />
        <StudioEnvironment />
        <ambientLight intensity={0.3} />
        <directionalLight position={[5, 10, 7]} intensity={1.2} />
        {state ? (
          <>
            <Model object={state.object} look={look} resize={resize} />
            <Controls radius={state.radius} />
          </>
        ) : null}
      </Canvas>
      {!state ? (
        <div className="pointer-events-none absolute inset-0 grid place-content-center text-sm text-muted-foreground">
          {t('reading')}
        </div>
      ) : null}
    </div>
  );
}
