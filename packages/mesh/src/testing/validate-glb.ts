import { createRequire } from 'node:module';

export interface GlbValidation {
  errors: number;
  warnings: number;
  messages: { code: string; message: string; severity: number; pointer?: string }[];
}

interface ValidatorReport {
  issues: {
    numErrors: number;
    numWarnings: number;
    messages: { code: string; message: string; severity: number; pointer?: string }[];
  };
}

interface GltfValidator {
  validateBytes(data: Uint8Array, options?: { maxIssues?: number }): Promise<ValidatorReport>;
}

/** Validates GLB bytes with the Khronos glTF validator. */
export async function validateGlb(glb: Uint8Array): Promise<GlbValidation> {
  const validator = createRequire(import.meta.url)('gltf-validator') as GltfValidator;
  const report = await validator.validateBytes(glb, { maxIssues: 50 });
  return {
    errors: report.issues.numErrors,
    warnings: report.issues.numWarnings,
    messages: report.issues.messages,
  };
}
