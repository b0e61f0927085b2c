'use client';

import { isLocale } from '@facet/core/i18n/locale';
import { sayThicknessReasonIn } from '@facet/core/i18n/thickness-reasons';
import type { TOpenEdgeLoop, TWallThickness } from '@facet/core/models/model-analysis';
import { Canvas, useFrame, useLoader, useThree } from '@react-three/fiber';
import { useLocale, useTranslations } from 'next-intl';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import {
  Box3,
  BoxGeometry,
  BufferAttribute,
  EdgesGeometry,
  type Mesh,
  MeshLambertMaterial,
  Sphere,
  Vector3,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { prefersReducedMotion } from './reduced-motion';
import { fixed, formatPoint } from './thickness-labels';
import { cssColour, legendGradient, THICKNESS_COLOURS, thicknessColour } from './thickness-scale';
import { ViewBoundary } from './view-boundary';

type Point = [number, number, number];
/** Somewhere to fly the camera to, in the model's millimetres. */
interface Place {
  centreMm: Point;
  boxMm: { min: Point; max: Point };
}

const FLIGHT_MS = 700;
const HOLE_COLOUR = '#7c3aed';

/** The preview's thickness per vertex (GLTFLoader names the `_THICKNESS` attribute `_thickness`). */
const THICKNESS_ATTRIBUTE = '_thickness';

/**
 * Orbit on drag; `place` flies the camera to look at one spot (in the model's millimetres), over
 * 0.7 s or at once for those who ask for reduced motion. Frames are drawn only while something moves.
 */
function CameraRig({ radius, centre, place }: { radius: number; centre: Vector3; place: Place | null }) {
  const { camera, gl, invalidate } = useThree();
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  const flight = useRef<{
    start: number;
    fromTarget: Vector3;
    toTarget: Vector3;
    fromCamera: Vector3;
    toCamera: Vector3;
  } | null>(null);
  useEffect(() => {
    const redraw = () => invalidate();
    controls.addEventListener('change', redraw);
    return () => {
      controls.removeEventListener('change', redraw);
      controls.dispose();
    };
  }, [controls, invalidate]);
  useEffect(() => {
    camera.position.set(radius * 1.4, radius * 1.1, radius * 2.4);
    camera.near = radius / 200;
    camera.far = radius * 100;
    camera.updateProjectionMatrix();
    controls.target.set(0, 0, 0);
    controls.minDistance = radius * 0.15;
    controls.maxDistance = radius * 8;
    controls.update();
    invalidate();
  }, [camera, controls, radius, invalidate]);
  useEffect(() => {
    if (!place) return;
    const target = new Vector3(...place.centreMm).sub(centre);
    const size = new Vector3(...place.boxMm.max).sub(new Vector3(...place.boxMm.min)).length();
    // Close enough for the place to fill most of the view, never inside the piece or too far.
    const distance = Math.min(radius * 1.6, Math.max(size * 1.2, radius * 0.4));
    // Look at the spot from outside: along the direction from the model's centre through it.
    const direction = target.clone();
    if (direction.lengthSq() < 1e-9) direction.set(0, 0, 1);
    direction
      .normalize()
      .add(new Vector3(0, 0.35, 0))
      .normalize();
    const toCamera = target.clone().addScaledVector(direction, distance);
    if (prefersReducedMotion()) {
      controls.target.copy(target);
      camera.position.copy(toCamera);
      controls.update();
      invalidate();
      return;
    }
    flight.current = {
      start: performance.now(),
      fromTarget: controls.target.clone(),
      toTarget: target,
      fromCamera: camera.position.clone(),
      toCamera,
    };
    invalidate();
  }, [place, centre, radius, camera, controls, invalidate]);
  useFrame(() => {
    const current = flight.current;
    if (!current) return;
    const t = Math.min(1, (performance.now() - current.start) / FLIGHT_MS);
    const eased = t * t * (3 - 2 * t);
    controls.target.lerpVectors(current.fromTarget, current.toTarget, eased);
    camera.position.lerpVectors(current.fromCamera, current.toCamera, eased);
    controls.update();
    if (t < 1) invalidate();
    else flight.current = null;
  });
  return null;
}

/** The preview painted by the wall at each vertex, with the hole loops drawn as boxes. */
function PaintedModel({
  url,
  minimumWallMm,
  scale,
  loops,
  onReady,
}: {
  url: string;
  minimumWallMm: number;
  scale: number;
  loops: TOpenEdgeLoop[];
  onReady: (view: { centre: Vector3; radius: number; painted: boolean }) => void;
}) {
  const gltf = useLoader(GLTFLoader, url, (loader) => {
    loader.setMeshoptDecoder(MeshoptDecoder);
  });
  const invalidate = useThree((state) => state.invalidate);
  const { root, centre, radius, painted } = useMemo(() => {
    const material = new MeshLambertMaterial({ vertexColors: true });
    const clone = gltf.scene.clone(true);
    let painted = false;
    clone.traverse((object) => {
      const mesh = object as Mesh;
      if (!mesh.isMesh) return;
      const geometry = mesh.geometry.clone();
      if (!geometry.getAttribute('normal')) geometry.computeVertexNormals();
      const thickness = geometry.getAttribute(THICKNESS_ATTRIBUTE);
      const count = geometry.getAttribute('position').count;
      const colours = new Float32Array(count * 3);
      for (let v = 0; v < count; v++) {
        // The preview is of the model at scale 1; an item made larger has walls as much thicker.
        const colour = thickness
          ? thicknessColour(thickness.getX(v) >= 0 ? thickness.getX(v) * scale : -1, minimumWallMm)
          : THICKNESS_COLOURS.unknown;
        colours.set(colour, v * 3);
      }
      painted ||= thickness !== undefined;
      geometry.setAttribute('color', new BufferAttribute(colours, 3));
      mesh.geometry = geometry;
      mesh.material = material;
    });
    const box = new Box3().setFromObject(clone);
    const centre = box.getCenter(new Vector3());
    clone.position.sub(centre);
    return {
      root: clone,
      centre,
      radius: Math.max(box.getBoundingSphere(new Sphere()).radius, 0.001),
      painted,
    };
  }, [gltf, minimumWallMm, scale]);
  useEffect(() => {
    onReady({ centre, radius, painted });
    invalidate();
  }, [centre, radius, painted, onReady, invalidate]);
  return (
    <>
      <primitive object={root} />
      {loops.map((loop) => (
        <HoleMarker key={`${loop.centreMm.join(',')}-${loop.edges}`} loop={loop} centre={centre} />
      ))}
    </>
  );
}

function HoleMarker({ loop, centre }: { loop: TOpenEdgeLoop; centre: Vector3 }) {
  const geometry = useMemo(() => {
    const size = new Vector3(...loop.boxMm.max).sub(new Vector3(...loop.boxMm.min));
    const pad = Math.max(size.length() * 0.05, 0.05);
    return new EdgesGeometry(new BoxGeometry(size.x + pad, size.y + pad, size.z + pad));
  }, [loop]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const position = new Vector3(...loop.boxMm.min)
    .add(new Vector3(...loop.boxMm.max))
    .multiplyScalar(0.5)
    .sub(centre);
  return (
    <lineSegments geometry={geometry} position={position}>
      <lineBasicMaterial color={HOLE_COLOUR} />
    </lineSegments>
  );
}

/**
 * The thickness map: the model's preview painted by its wall (red where thinner than the alloy's
 * minimum), a legend with the minimum marked, the hole loops drawn, and the thin places and holes
 * listed: a click flies the camera there. When the wall could not be measured it says why.
 */
export function ThicknessView({
  glbUrl,
  previewReady,
  thickness,
  openEdgeLoops,
  minimumWallMm,
  alloyName,
  scale = 1,
  className,
}: {
  glbUrl: string;
  previewReady: boolean;
  thickness: TWallThickness | null | undefined;
  openEdgeLoops: TOpenEdgeLoop[];
  minimumWallMm: number;
  alloyName: string | null;
  scale?: number;
  className?: string;
}) {
  const [view, setView] = useState<{ centre: Vector3; radius: number; painted: boolean } | null>(null);
  const [failed, setFailed] = useState(false);
  const [place, setPlace] = useState<Place | null>(null);
  const t = useTranslations('uiRest.thickness');
  const locale = useLocale();
  const mm = (value: number, digits: number) => fixed(value, digits, locale);
  const loops = openEdgeLoops.map((loop) => scalePlace(loop, scale));
  const measured = thickness?.measured ? thickness : null;
  const regions = (measured?.thinRegions ?? []).map((region) => scalePlace(region, scale));
  const legend = legendGradient(minimumWallMm);
  const unknownWhy = !thickness
    ? t('reasons.notMeasured')
    : !thickness.measured
      ? sayThicknessReasonIn(thickness, isLocale(locale) ? locale : 'en')
      : view && !view.painted
        ? t('reasons.oldPreview')
        : null;
  const state = failed ? 'unavailable' : view ? 'ready' : 'loading';

  return (
    <div className={`grid gap-3 ${className ?? ''}`} data-testid="thickness-view" data-state={state}>
      <div className="relative aspect-square w-full overflow-hidden rounded-2xl border border-border bg-[#f6f3ee] lg:aspect-[4/3]">
        {previewReady && !failed ? (
          <ViewBoundary fallback={null} onError={() => setFailed(true)}>
            <Canvas
              frameloop="demand"
              dpr={[1, 2]}
              camera={{ fov: 35 }}
              gl={{ preserveDrawingBuffer: true, antialias: true }}
              style={{ touchAction: 'none' }}
              aria-label={t('mapLabel')}
              role="img"
            >
              <color attach="background" args={['#f6f3ee']} />
              <ambientLight intensity={1.1} />
              <directionalLight position={[3, 5, 4]} intensity={1.6} />
              <directionalLight position={[-4, -2, -3]} intensity={0.6} />
              <Suspense fallback={null}>
                <PaintedModel
                  url={glbUrl}
                  minimumWallMm={minimumWallMm}
                  scale={scale}
                  loops={openEdgeLoops}
                  onReady={setView}
                />
              </Suspense>
              {view ? <CameraRig radius={view.radius} centre={view.centre} place={place} /> : null}
            </Canvas>
          </ViewBoundary>
        ) : null}
        {!previewReady || failed || !view ? (
          <div className="pointer-events-none absolute inset-0 grid place-content-center p-6 text-center text-sm text-muted-foreground">
            {failed ? t('failed') : previewReady ? t('painting') : t('preparing')}
          </div>
        ) : null}
      </div>

      <figure className="grid gap-1 text-xs" data-testid="thickness-legend" aria-label={t('scale')}>
        <div className="relative h-3 rounded-full" style={{ background: legend.css }}>
          <span
            aria-hidden
            className="absolute -top-1 h-5 w-0.5 bg-foreground"
            style={{ left: `${legend.minimumAt * 100}%` }}
          />
        </div>
        <figcaption className="flex justify-between gap-2 text-muted-foreground">
          <span>{t('legendThin')}</span>
          <span className="font-medium text-foreground">
            {alloyName
              ? t('minimumFor', { alloy: alloyName, mm: mm(minimumWallMm, 2) })
              : t('minimum', { mm: mm(minimumWallMm, 2) })}
          </span>
          <span>{t('legendSafe', { mm: mm(legend.maxMm, 1) })}</span>
        </figcaption>
      </figure>

      {unknownWhy ? (
        <p className="rounded-lg border p-3 text-sm" data-testid="thickness-unknown">
          {t('unknown', { why: unknownWhy })}
        </p>
      ) : measured ? (
        <p className="text-sm text-muted-foreground" data-testid="thickness-summary">
          {t('thinnest', {
            mm: mm(measured.minWallMm * scale, 2),
            belowMinimum: measured.minWallMm * scale < minimumWallMm ? 'yes' : 'no',
          })}
        </p>
      ) : null}

      {regions.length > 0 || loops.length > 0 ? (
        <ul className="grid gap-1 text-sm" aria-label={t('places')}>
          {regions.map((region, index) => {
            const tooThin = region.minMm < minimumWallMm;
            return (
              <li key={`thin-${region.centreMm.join(',')}`}>
                <button
                  type="button"
                  className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                  onClick={() => setPlace({ ...region })}
                  data-testid="thin-region"
                >
                  <span
                    aria-hidden
                    className="size-3 shrink-0 rounded-full"
                    style={{
                      background: cssColour(tooThin ? THICKNESS_COLOURS.thin : THICKNESS_COLOURS.near),
                    }}
                  />
                  <span>
                    {t('thinPlace', {
                      tooThin: tooThin ? 'yes' : 'no',
                      index: index + 1,
                      mm: mm(region.minMm, 2),
                      area: region.areaMm2 < 0.1 ? `< ${mm(0.1, 1)}` : mm(region.areaMm2, 1),
                      point: formatPoint(region.thinnestAtMm, locale),
                    })}
                  </span>
                </button>
              </li>
            );
          })}
          {loops.map((loop, index) => (
            <li key={`hole-${loop.centreMm.join(',')}-${loop.edges}`}>
              <button
                type="button"
                className="flex w-full items-center gap-2 rounded-md px-2 py-1.5 text-left hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                onClick={() => setPlace({ ...loop })}
                data-testid="hole-loop"
              >
                <span
                  aria-hidden
                  className="size-3 shrink-0 rounded-sm border-2"
                  style={{ borderColor: HOLE_COLOUR }}
                />
                <span>
                  {t('holeLoop', {
                    kind: loop.kind === 'hole' ? 'hole' : 'shared',
                    index: index + 1,
                    edges: loop.edges,
                    length: mm(loop.lengthMm, 1),
                    point: formatPoint(loop.centreMm, locale),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * The measures of a place on the model made `scale` times larger (an order item's scale). Its
 * position stays as in the preview, which is of the model at scale 1.
 */
function scalePlace<T extends Place & { minMm?: number; areaMm2?: number; lengthMm?: number }>(
  place: T,
  scale: number,
): T {
  if (scale === 1) return place;
  return {
    ...place,
    ...(place.minMm !== undefined ? { minMm: place.minMm * scale } : {}),
    ...(place.areaMm2 !== undefined ? { areaMm2: place.areaMm2 * scale ** 2 } : {}),
    ...(place.lengthMm !== undefined ? { lengthMm: place.lengthMm * scale } : {}),
  };
}
