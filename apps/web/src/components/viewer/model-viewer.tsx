'use client';

import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Box3, Mesh, MeshPhysicalMaterial, type Object3D, PMREMGenerator, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { loadModelObject, type ViewerSource } from './load-model-object';
import type { MetalLook } from './metal-looks';

export interface ModelDimensions {
  sizeMm: [number, number, number];
  triangles: number;
}

/** Soft studio light from a generated room, no download needed. */
function StudioEnvironment() {
  const { gl, scene } = useThree();
  useEffect(() => {
    const pmrem = new PMREMGenerator(gl);
    const texture = pmrem.fromScene(new RoomEnvironment(), 0.04).texture;
    scene.environment = texture;
    return () => {
      texture.dispose();
      pmrem.dispose();
    };
  }, [gl, scene]);
  return null;
}

/** Orbit on drag, turntable while idle; fits the camera to the model. */
function Controls({ radius }: { radius: number }) {
  const { camera, gl } = useThree();
  const controls = useMemo(() => new OrbitControls(camera, gl.domElement), [camera, gl]);
  useEffect(() => {
    controls.enableDamping = true;
    controls.autoRotate = true;
    controls.autoRotateSpeed = 1.2;
    const stopTurntable = () => {
      controls.autoRotate = false;
    };
    controls.addEventListener('start', stopTurntable);
    return () => {
      controls.removeEventListener('start', stopTurntable);
      controls.dispose();
    };
  }, [controls]);
  useEffect(() => {
    const distance = radius * 2.6;
    camera.position.set(distance * 0.7, distance * 0.5, distance * 0.8);
    camera.near = radius / 100;
    camera.far = radius * 100;
    camera.updateProjectionMatrix();
    controls.minDistance = radius * 0.8;
    controls.maxDistance = radius * 8;
    controls.target.set(0, 0, 0);
  }, [camera, controls, radius]);
  useFrame(() => controls.update());
  return null;
}

function Model({ object, look }: { object: Object3D; look: MetalLook }) {
  const material = useMemo(() => new MeshPhysicalMaterial({ metalness: 1, clearcoat: 0.3 }), []);
  useEffect(() => {
    material.color.set(look.color);
    material.roughness = look.roughness;
    object.traverse((child) => {
      if (child instanceof Mesh) {
        child.material = material;
        child.geometry.computeVertexNormals();
      }
    });
  }, [object, material, look]);
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
  label = '3D view of the model',
}: {
  source: ViewerSource;
  look: MetalLook;
  onLoaded?: (dimensions: ModelDimensions) => void;
  className?: string;
  label?: string;
}) {
  const [state, setState] = useState<{ object: Object3D; radius: number } | { error: string } | null>(null);
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
        setState({ object, radius: Math.max(size.length() / 2, 0.1) });
        onLoadedRef.current?.({ sizeMm: [size.x, size.y, size.z], triangles });
      })
      .catch(() => {
        if (!cancelled)
          setState({
            error: 'Your browser could not display this file. We will still check it on our side.',
          });
      });
    return () => {
      cancelled = true;
    };
  }, [source]);

  if (state && 'error' in state) {
    return (
      <div className={className} role="img" aria-label={label}>
        <div className="grid h-full place-content-center p-6 text-center text-sm text-muted-foreground">
          {state.error}
        </div>
      </div>
    );
  }
  return (
    <div className={className} role="img" aria-label={label} data-loaded={state ? 'true' : 'false'}>
      <Canvas
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
            <Model object={state.object} look={look} />
            <Controls radius={state.radius} />
          </>
        ) : null}
      </Canvas>
      {!state ? (
        <div className="pointer-events-none absolute inset-0 grid place-content-center text-sm text-muted-foreground">
          Reading the model…
        </div>
      ) : null}
    </div>
  );
}
