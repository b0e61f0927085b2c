'use client';

import { useThree } from '@react-three/fiber';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Box3, Mesh, MeshPhysicalMaterial, type Object3D, Sphere, Vector3 } from 'three';
import { describeModel } from './describe-model';
import { loadModelObject, type ViewerSource } from './load-model-object';
import type { MetalLook } from './metal-looks';
import { type Framing, fitCamera, useStudioOrbit } from './orbit';
import { type RadialResize, radialResizeMatrix } from './radial-resize';
import { STUDIO_BACKDROP, StudioCanvas, studioMetalness, useSoftwareRenderer } from './studio';
import { ViewBoundary } from './view-boundary';

export interface ModelDimensions {
  sizeMm: [number, number, number];
  triangles: number;
}

const FRAMING: Framing = { offset: [1.82, 1.3, 2.08], minRadii: 0.8 };

/** Orbit controls fitted to the model, centred at the origin, whenever its size changes. */
function Controls({ radius, turntable }: { radius: number; turntable: boolean }) {
  const controls = useStudioOrbit({ turntable });
  const invalidate = useThree((three) => three.invalidate);
  useEffect(() => {
    fitCamera(controls, new Sphere(new Vector3(), radius), FRAMING);
    invalidate();
  }, [controls, radius, invalidate]);
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
    // The object was centred by its position; a resize is applied in the model's own millimetres.
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

type Loaded = { object: Object3D; radius: number; sizeMm: [number, number, number] };

/** Centres the object at the origin and measures it. */
function measure(object: Object3D): Loaded & { triangles: number } {
  const box = new Box3().setFromObject(object);
  const size = box.getSize(new Vector3());
  object.position.sub(box.getCenter(new Vector3()));
  let triangles = 0;
  object.traverse((child) => {
    if (child instanceof Mesh) {
      const geometry = child.geometry;
      triangles += (geometry.index ? geometry.index.count : geometry.attributes.position.count) / 3;
    }
  });
  return { object, radius: Math.max(size.length() / 2, 0.1), sizeMm: [size.x, size.y, size.z], triangles };
}

/**
 * The 3D viewer: a model (a file in the browser or the worker's light GLB) in the chosen metal,
 * orbit on drag, fitted to view. `data-state` says whether it is showing yet (`loading`, `ready`,
 * `unavailable`); the model's size in millimetres is reported once it is read.
 */
export function ModelViewer({
  source,
  look,
  label,
  sizeMm,
  resize = null,
  turntable = true,
  backdrop = STUDIO_BACKDROP,
  unavailableText,
  onLoaded,
  className,
}: {
  source: ViewerSource;
  look: MetalLook;
  /** What the model is, for those who cannot see the view. */
  label?: string;
  /** The model's size when already known; otherwise it is measured once read. */
  sizeMm?: readonly number[] | null;
  /** Shows a ring resized radially about its axis (the size chosen rather than the model's). */
  resize?: RadialResize | null;
  /** Turn the piece while idle (off on the shop floor, to spare the bench PC). */
  turntable?: boolean;
  /** The colour behind the piece; null lets the page show through. */
  backdrop?: string | null;
  /** What to say when the model cannot be shown. */
  unavailableText?: string;
  onLoaded?: (dimensions: ModelDimensions) => void;
  className?: string;
}) {
  const t = useTranslations('uiRest.viewer');
  const locale = useLocale();
  const what = label ?? t('modelLabel');
  const [loaded, setLoaded] = useState<Loaded | 'failed' | null>(null);
  const onLoadedRef = useRef(onLoaded);
  onLoadedRef.current = onLoaded;

  useEffect(() => {
    let cancelled = false;
    setLoaded(null);
    loadModelObject(source)
      .then((object) => {
        if (cancelled) return;
        const { triangles, ...model } = measure(object);
        setLoaded(model);
        onLoadedRef.current?.({ sizeMm: model.sizeMm, triangles });
      })
      .catch(() => {
        if (!cancelled) setLoaded('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [source]);

  const failed = loaded === 'failed';
  const model = loaded === 'failed' ? null : loaded;
  const unavailable = (
    <div className="grid h-full place-content-center p-6 text-center text-sm text-muted-foreground">
      {unavailableText ?? t('cannotDisplay')}
    </div>
  );
  return (
    <div
      className={className}
      role="img"
      aria-label={describeModel(what, sizeMm ?? model?.sizeMm, locale)}
      data-testid="model-viewer"
      data-state={failed ? 'unavailable' : model ? 'ready' : 'loading'}
      data-loaded={model ? 'true' : 'false'}
      data-radial-scale={resize ? resize.radialScale.toFixed(4) : undefined}
    >
      {failed ? (
        unavailable
      ) : (
        <ViewBoundary fallback={unavailable} onError={() => setLoaded('failed')}>
          <StudioCanvas backdrop={backdrop}>
            {model ? (
              <>
                <Model object={model.object} look={look} resize={resize} />
                <Controls radius={model.radius} turntable={turntable} />
              </>
            ) : null}
          </StudioCanvas>
        </ViewBoundary>
      )}
      {!loaded ? (
        <div className="pointer-events-none absolute inset-0 grid place-content-center text-sm text-muted-foreground">
          {t('reading')}
        </div>
      ) : null}
    </div>
  );
}
