/** How each alloy looks in the viewer: a physically based metal of the alloy's colour. */
export interface MetalLook {
  color: string;
  roughness: number;
}

const LOOKS: Record<string, MetalLook> = {
  yellow: { color: '#e3b95f', roughness: 0.22 },
  rose: { color: '#e3a48a', roughness: 0.24 },
  white: { color: '#dcdcd6', roughness: 0.2 },
  silver: { color: '#d8d8da', roughness: 0.18 },
  platinum: { color: '#cfd2d4', roughness: 0.2 },
};

/** The look of an alloy from its metal and colour (silver and platinum have their own). */
export function metalLookFor(alloy: { metal: string; colour: string } | undefined): MetalLook {
  if (!alloy) return LOOKS.silver!;
  if (alloy.metal === 'silver' || alloy.metal === 'platinum') return LOOKS[alloy.metal]!;
  return LOOKS[alloy.colour] ?? LOOKS.yellow!;
}
