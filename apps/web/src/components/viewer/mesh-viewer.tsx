'use client';

import type { IndexedMesh } from '@facet/mesh/mesh';
import { useThree } from '@react-three/fiber';
import { useLocale, useTranslations } from 'next-intl';
import { type KeyboardEvent, type RefObject, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { Box3, MeshPhysicalMaterial, Sphere, Vector3 } from 'three';
import type { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { describeModel } from './describe-model';
import { geometryOfMesh } from './indexed-mesh-geometry';
import type { MetalLook } from './metal-looks';
import { type Framing, fitCamera, useStudioOrbit } from './orbit';
import { StudioCanvas, studioMetalness, useSoftwareRenderer } from './studio';

/** A mesh to show; `engraved` marks vertices at the bottom of letters, drawn darker. */
export type ViewedMesh = IndexedMesh & { engraved?: Uint8Array };

/** What the page can ask of the viewer: bring the whole piece back into view. */
export interface MeshViewerHandle {
  fitToView: () => void;
}

const KEY_TURN = Math.PI / 24;
/** OrbitControls' dollyIn / dollyOut take a factor below 1 (as its mouse wheel does). */
const KEY_ZOOM = 0.87;

const FRAMING: Framing = { offset: [1.62, 1.26, 2.952], minRadii: 1.2 };

/**
 * The camera is fitted when `fitKey` changes — a new kind of piece — not on every change of a
 * parameter, so the view holds still while the shopper adjusts it.
 */
function Controls({
  bounds,
  fitKey,
  controlsRef,
}: {
  bounds: Sphere;
  fitKey: string;
  controlsRef: RefObject<OrbitControls | null>;
}) {
  const controls = useStudioOrbit({ turntable: true });
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;
  useEffect(() => {
    controlsRef.current = controls;
    return () => {
      controlsRef.current = null;
    };
  }, [controls, controlsRef]);
  // Refit for a new kind of piece (fitKey), not for each change of its bounds.
  useEffect(() => fitPiece(controls, boundsRef.current), [controls, fitKey]);
  return null;
}

function fitPiece(controls: OrbitControls, bounds: Sphere): void {
  fitCamera(controls, new Sphere(bounds.center, Math.max(bounds.radius, 1)), FRAMING);
}

function Piece({ metal, gems, look }: { metal: ViewedMesh; gems: IndexedMesh | null; look: MetalLook }) {
  const metalGeometry = useMemo(() => geometryOfMesh(metal), [metal]);
  const gemGeometry = useMemo(() => (gems ? geometryOfMesh(gems, { faceted: true }) : null), [gems]);
  useEffect(() => () => metalGeometry.dispose(), [metalGeometry]);
  useEffect(() => () => gemGeometry?.dispose(), [gemGeometry]);
  const software = useSoftwareRenderer();
  const metalMaterial = useMemo(
    () =>
      new MeshPhysicalMaterial({ metalness: studioMetalness(software), clearcoat: 0.3, vertexColors: true }),
    [software],
  );
  // A clear, faceted gem: strong reflections of the studio through a see-through body. (Transmission
  // would look a little richer but renders the scene twice a frame, too slow on modest devices.)
  const gemMaterial = useMemo(
    () =>
      new MeshPhysicalMaterial({
        color: '#dfe9f7',
        metalness: 0.3,
        roughness: 0.02,
        ior: 2.4,
        clearcoat: 1,
        specularIntensity: 1,
        envMapIntensity: 3,
        transparent: true,
        opacity: 0.88,
        flatShading: true,
      }),
    [],
  );
  const invalidate = useThree((state) => state.invalidate);
  useEffect(() => {
    metalMaterial.color.set(look.color);
    metalMaterial.roughness = look.roughness;
    invalidate();
  }, [metalMaterial, look, invalidate]);
  useEffect(
    () => () => {
      metalMaterial.dispose();
      gemMaterial.dispose();
    },
    [metalMaterial, gemMaterial],
  );
  return (
    // The piece is modelled Z up (as it is cast); three.js looks at the world Y up.
    <group rotation={[-Math.PI / 2, 0, 0]}>
      <mesh geometry={metalGeometry} material={metalMaterial} />
      {gemGeometry ? <mesh geometry={gemGeometry} material={gemMaterial} /> : null}
    </group>
  );
}

/** The mesh's extent along its own axes, in millimetres. */
function sizeOf(mesh: IndexedMesh): [number, number, number] {
  const box = new Box3();
  const point = new Vector3();
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) box.expandByPoint(point.set(p[i]!, p[i + 1]!, p[i + 2]!));
  const size = box.getSize(new Vector3());
  return [size.x, size.y, size.z];
}

/** The bounding sphere of the piece as the viewer shows it (Z up turned to Y up). */
function boundsOf(mesh: IndexedMesh): Sphere {
  const box = new Box3();
  const point = new Vector3();
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) box.expandByPoint(point.set(p[i]!, p[i + 2]!, -p[i + 1]!));
  return box.getBoundingSphere(new Sphere());
}

/**
 * A viewer for a mesh made in the browser (the constructor's piece): metal in the chosen alloy,
 * stones as clear gems. Drag or swipe to turn, pinch or scroll to zoom; with the keyboard, arrows
 * turn it and + / − zoom.
 */
export function MeshViewer({
  metal,
  gems,
  look,
  fitKey,
  label,
  className,
  ref,
}: {
  metal: ViewedMesh;
  gems: IndexedMesh | null;
  look: MetalLook;
  fitKey: string;
  label: string;
  className?: string;
  ref?: RefObject<MeshViewerHandle | null>;
}) {
  const controlsRef = useRef<OrbitControls | null>(null);
  const t = useTranslations('uiRest.viewer');
  const locale = useLocale();
  const bounds = useMemo(() => boundsOf(metal), [metal]);
  const sizeMm = useMemo(() => sizeOf(metal), [metal]);
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;
  useImperativeHandle(
    ref,
    () => ({
      fitToView: () => {
        if (controlsRef.current) fitPiece(controlsRef.current, boundsRef.current);
      },
    }),
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const controls = controlsRef.current;
    if (!controls || event.ctrlKey || event.metaKey || event.altKey) return;
    const moves: Record<string, () => void> = {
      ArrowLeft: () => controls.rotateLeft(KEY_TURN),
      ArrowRight: () => controls.rotateLeft(-KEY_TURN),
      ArrowUp: () => controls.rotateUp(KEY_TURN),
      ArrowDown: () => controls.rotateUp(-KEY_TURN),
      '+': () => controls.dollyIn(KEY_ZOOM),
      '=': () => controls.dollyIn(KEY_ZOOM),
      '-': () => controls.dollyOut(KEY_ZOOM),
      f: () => fitPiece(controls, boundsRef.current),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    controls.autoRotate = false;
    move();
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a focusable 3D view has no native element
    <div
      role="group"
      aria-roledescription={t('roleDescription')}
      aria-label={describeModel(label, sizeMm, locale)}
      aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown + - F"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the view is turned with the keyboard
      tabIndex={0}
      onKeyDown={onKeyDown}
      className={className}
      data-testid="mesh-viewer"
    >
      <StudioCanvas dpr={[1, 1.5]}>
        <Piece metal={metal} gems={gems} look={look} />
        <Controls bounds={bounds} fitKey={fitKey} controlsRef={controlsRef} />
      </StudioCanvas>
    </div>
  );
}
