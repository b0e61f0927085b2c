import type { Design } from '@facet/mesh/parts/design';
import { formatRingSize } from '@facet/mesh/parts/ring-size';

const PROFILE_NAME = { flat: 'flat', court: 'court', 'd-shape': 'D-shape' } as const;

/** A short name of the piece for the cart, the workshop's console and the file: what it is at a glance. */
export function describeDesign(design: Design): string {
  const parts: string[] = [];
  const piece = design.piece;
  if (piece.kind === 'band') {
    parts.push(`Ring ${formatRingSize(piece.size)}`, `${PROFILE_NAME[piece.profile]} ${piece.widthMm} mm`);
  } else {
    parts.push(`${capitalise(piece.shape)} pendant ${piece.heightMm} mm`);
  }
  if (design.setting) {
    const { stone, style } = design.setting;
    const size = stone.cut === 'round' ? `${stone.lengthMm} mm` : `${stone.lengthMm}×${stone.widthMm} mm`;
    parts.push(`${size} ${stone.cut} in a ${style} setting`);
  }
  if (design.engraving?.text.trim()) parts.push('engraved');
  return parts.join(', ');
}

/** The model file's name: the description, safe for a file system. */
export function designFileName(design: Design): string {
  return `${describeDesign(design).replace(/[^\p{L}\p{N} .,×-]/gu, '')}.stl`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
