/** How each alloy looks in the viewer: a physically based metal of the alloy's colour. */
export interface MetalLook {
  color: string;
  roughness: number;
}

const LOOKS = {
  yellow: { color: '#e3b95f', roughness: 0.22 },
  rose: { color: '#e3a48a', roughness: 0.24 },
  white: { color: '#dcdcd6', roughness: 0.2 },
  silver: { color: '#d8d8da', roughness: 0.18 },
  platinum: { color: '#cfd2d4', roughness: 0.2 },
} as const satisfies Record<string, MetalLook>;

/** The look of an alloy from its metal and colour (silver and platinum have their own). */
export function metalLookFor(alloy: { metal: string; colour: string } | undefined): MetalLook {
  if (!alloy) return LOOKS.silver;
  if (alloy.metal === 'silver' || alloy.metal === 'platinum') return LOOKS[alloy.metal];
  return LOOKS[alloy.colour as keyof typeof LOOKS] ?? LOOKS.yellow;
}

/**
 * The look of an alloy known only by its code, as on the shop floor: AG… silver, PT… platinum,
 * AU… gold whose last letter is its colour (Y yellow, W white, R rose).
 */
export function metalLookForCode(code: string | null): MetalLook {
  if (!code) return LOOKS.silver;
  if (code.startsWith('AG')) return LOOKS.silver;
  if (code.startsWith('PT')) return LOOKS.platinum;
  if (code.endsWith('R')) return LOOKS.rose;
  if (code.endsWith('W')) return LOOKS.white;
  return LOOKS.yellow;
}
