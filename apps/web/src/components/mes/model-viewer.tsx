'use client';

import { Canvas, useLoader, useThree } from '@react-three/fiber';
import { useLocale, useTranslations } from 'next-intl';
import { Component, type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Box3, type Mesh, MeshStandardMaterial, Sphere, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { describeModel } from '../viewer/describe-model';
import { StudioEnvironment, studioMetalness, useSoftwareRenderer } from '../viewer/studio';

/** A metal colour per alloy family, for a physically based material. */
function metalColour(alloyCode: string | null): string {
  if (!alloyCode) return '#c9c9cc';
  if (alloyCode.startsWith('AG')) return '#dcdcdf';
  if (alloyCode.startsWith('PT')) return '#d3d4d6';
  if (alloyCode.endsWith('R')) return '#e7b09a';
  if (alloyCode.endsWith('W')) return '#e6e2d8';
  return '#e8c46a';
}

/** Drag to turn, scroll to zoom. Frames are drawn only when something moves, to spare the bench PC. */
function OrbitOnDemand() {
  const { camera, gl, invalidate } = useThree();
  useEffect(() => {
    const orbit = new OrbitControls(camera, gl.domElement);
    orbit.addEventListener('change', () => invalidate());
    return () => orbit.dispose();
  }, [camera, gl, invalidate]);
  return null;
}

/** The light GLB (EXT_meshopt_compression), centred, with normals computed here, framed to fit. */
function Model({ url, alloyCode, onReady }: { url: string; alloyCode: string | null; onReady: () => void }) {
  const gltf = useLoader(GLTFLoader, url, (loader) => {
    loader.setMeshoptDecoder(MeshoptDecoder);
  });
  const camera = useThree((state) => state.camera);
  const invalidate = useThree((state) => state.invalidate);
  const software = useSoftwareRenderer();
  const { root, radius } = useMemo(() => {
    const material = new MeshStandardMaterial({
      color: metalColour(alloyCode),
      metalness: studioMetalness(software),
      roughness: 0.25,
    });
    const clone = gltf.scene.clone(true);
    clone.traverse((object) => {
      const mesh = object as Mesh;
      if (!mesh.isMesh) return;
      if (!mesh.geometry.getAttribute('normal')) mesh.geometry.computeVertexNormals();
      mesh.material = material;
    });
    const box = new Box3().setFromObject(clone);
    clone.position.sub(box.getCenter(new Vector3()));
    return { root: clone, radius: Math.max(box.getBoundingSphere(new Sphere()).radius, 0.001) };
  }, [gltf, alloyCode, software]);

  useEffect(() => {
    camera.position.set(radius * 1.4, radius * 1.1, radius * 2.4);
    camera.near = radius / 100;
    camera.far = radius * 100;
    camera.lookAt(0, 0, 0);
    camera.updateProjectionMatrix();
    invalidate();
    onReady();
  }, [camera, radius, invalidate, onReady]);

  return <primitive object={root} />;
}

class ViewerBoundary extends Component<
  { fallback: ReactNode; children: ReactNode; onError: () => void },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

type ViewerState = 'loading' | 'ready' | 'unavailable';

/** The model in 3D: drag to turn it, scroll to zoom. `data-state` says whether it is showing yet. */
export function ModelViewer({
  modelId,
  alloyCode,
  label,
  sizeMm,
}: {
  modelId: string;
  alloyCode: string | null;
  /** What the model is, for those who cannot see the view. */
  label: string;
  sizeMm: readonly number[] | null;
}) {
  const [state, setState] = useState<{ modelId: string; value: ViewerState }>({ modelId, value: 'loading' });
  const current = state.modelId === modelId ? state.value : 'loading';
  const onReady = useCallback(() => setState({ modelId, value: 'ready' }), [modelId]);
  const t = useTranslations('uiMes');
  const locale = useLocale();
  return (
    <div
      className="size-full"
      role="img"
      aria-label={describeModel(label, sizeMm, locale)}
      data-testid="model-viewer"
      data-state={current}
    >
      <ViewerBoundary
        key={modelId}
        onError={() => setState({ modelId, value: 'unavailable' })}
        fallback={
          <div className="flex size-full items-center justify-center p-6 text-center text-muted-foreground">
            {t('previewLater')}
          </div>
        }
      >
        <Canvas frameloop="demand" dpr={[1, 2]} camera={{ fov: 35 }} gl={{ antialias: true }}>
          <StudioEnvironment />
          <ambientLight intensity={0.3} />
          <directionalLight position={[3, 5, 4]} intensity={1.5} />
          <Suspense fallback={null}>
            <Model url={`/api/models/${modelId}/preview.glb`} alloyCode={alloyCode} onReady={onReady} />
          </Suspense>
          <OrbitOnDemand />
        </Canvas>
      </ViewerBoundary>
    </div>
  );
}
