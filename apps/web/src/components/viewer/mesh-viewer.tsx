'use client';

import type { IndexedMesh } from '@facet/mesh/mesh';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useLocale, useTranslations } from 'next-intl';
import { type KeyboardEvent, type RefObject, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { Box3, MeshPhysicalMaterial, PerspectiveCamera, Sphere, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { describeModel } from './describe-model';
import { geometryOfMesh } from './indexed-mesh-geometry';
import type { MetalLook } from './metal-looks';
import { prefersReducedMotion } from './reduced-motion';
import { StudioEnvironment, studioMetalness, useSoftwareRenderer } from './studio';

/** A mesh to show; `engraved` marks vertices at the bottom of letters, drawn darker. */
export type ViewedMesh = IndexedMesh & { engraved?: Uint8Array };

/** What the page can ask of the viewer: bring the whole piece back into view. */
export interface MeshViewerHandle {
  fitToView: () => void;
}

const KEY_TURN = Math.PI / 24;
/** OrbitControls' dollyIn / dollyOut take a factor below 1 (as its mouse wheel does). */
const KEY_ZOOM = 0.87;

/**
 * Orbit on drag or touch, turntable while idle (until the shopper takes over, and never for those who
 * ask for reduced motion). Frames are drawn on demand: while turning or moving, not while still. The
 * camera is fitted when `fitKey` changes — a new kind of piece — not on every change of a parameter,
 * so the view holds still while the shopper adjusts it.
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
  const { camera, gl, invalidate } = useThree();
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;
  useEffect(() => {
    controlsRef.current = controls;
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
      controlsRef.current = null;
    };
  }, [controls, controlsRef, invalidate]);
  // Refit for a new kind of piece (fitKey), not for each change of its bounds.
  useEffect(() => fitCamera(controls, boundsRef.current), [controls, fitKey]);
  useFrame(() => {
    controls.update();
    if (controls.autoRotate) invalidate();
  });
  return null;
}

function fitCamera(controls: OrbitControls, bounds: Sphere): void {
  const camera = controls.object;
  const radius = Math.max(bounds.radius, 1);
  // Far enough for the whole bounding sphere in the 35° field of view, with a margin.
  const distance = radius * 3.6;
  const target = bounds.center;
  camera.position.set(target.x + distance * 0.45, target.y + distance * 0.35, target.z + distance * 0.82);
  if (camera instanceof PerspectiveCamera) {
    camera.near = radius / 100;
    camera.far = radius * 100;
    camera.updateProjectionMatrix();
  }
  controls.target.copy(target);
  controls.minDistance = radius * 1.2;
  controls.maxDistance = radius * 8;
  controls.update();
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

/** The bounding sphere of the piece as the viewer shows it (Z up turned to Y up). */
/** The mesh's extent along its own axes, in millimetres. */
function sizeOf(mesh: IndexedMesh): [number, number, number] {
  const box = new Box3();
  const point = new Vector3();
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) box.expandByPoint(point.set(p[i]!, p[i + 1]!, p[i + 2]!));
  const size = box.getSize(new Vector3());
  return [size.x, size.y, size.z];
}

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
        if (controlsRef.current) fitCamera(controlsRef.current, boundsRef.current);
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
      f: () => fitCamera(controls, boundsRef.current),
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
      <Canvas
        frameloop="demand"
        dpr={[1, 1.5]}
        camera={{ fov: 35, position: [30, 20, 30] }}
        gl={{ preserveDrawingBuffer: true, antialias: true }}
        style={{ touchAction: 'none' }}
      >
        <color attach="background" args={['#f6f3ee']} />
        <StudioEnvironment />
        <ambientLight intensity={0.3} />
        <directionalLight position={[5, 10, 7]} intensity={1.2} />
        <Piece metal={metal} gems={gems} look={look} />
        <Controls bounds={bounds} fitKey={fitKey} controlsRef={controlsRef} />
      </Canvas>
    </div>
  );
}
