/**
 * Counts connected pieces of surface: vertices joined by triangles are merged with union-find
 * (path halving), then the distinct roots among vertices that some triangle uses are counted.
 */
export function countShells(indices: Uint32Array, vertexCount: number): number {
  const parent = new Int32Array(vertexCount);
  for (let v = 0; v < vertexCount; v++) parent[v] = v;
  const find = (start: number): number => {
    let v = start;
    while (parent[v] !== v) {
      const grandparent = parent[parent[v]!]!;
      parent[v] = grandparent;
      v = grandparent;
    }
    return v;
  };
  const used = new Uint8Array(vertexCount);
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]!;
    const b = indices[t + 1]!;
    const c = indices[t + 2]!;
    used[a] = 1;
    used[b] = 1;
    used[c] = 1;
    const ra = find(a);
    const rb = find(b);
    const rc = find(c);
    // Linking to the smaller index keeps trees shallow enough with path halving.
    const root = Math.min(ra, rb, rc);
    parent[ra] = root;
    parent[rb] = root;
    parent[rc] = root;
  }
  let shells = 0;
  for (let v = 0; v < vertexCount; v++) if (used[v] && find(v) === v) shells++;
  return shells;
}
