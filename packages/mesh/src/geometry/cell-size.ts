/** Triangles read ahead to size a `CellWelder`'s cells. */
const SAMPLE_TRIANGLES = 256;
/** Cells about this many edges wide hold a few vertices each. */
const CELL_EDGES = 2;

/**
 * CELL_EDGES times the mean edge of the first triangles: a `CellWelder`'s cell size. Only the
 * welder's speed depends on it; edges that are not finite are left out (0 when none is).
 * `coordinate(triangle, corner, axis)` reads the model's corners wherever they are stored.
 */
export function estimateCellSize(
  triangleCount: number,
  coordinate: (triangle: number, corner: number, axis: number) => number,
): number {
  let sum = 0;
  let edges = 0;
  for (let triangle = 0; triangle < Math.min(triangleCount, SAMPLE_TRIANGLES); triangle++) {
    for (let corner = 0; corner < 3; corner++) {
      const next = (corner + 1) % 3;
      const length = Math.hypot(
        coordinate(triangle, corner, 0) - coordinate(triangle, next, 0),
        coordinate(triangle, corner, 1) - coordinate(triangle, next, 1),
        coordinate(triangle, corner, 2) - coordinate(triangle, next, 2),
      );
      if (Number.isFinite(length)) {
        sum += length;
        edges++;
      }
    }
  }
  return edges > 0 ? (sum / edges) * CELL_EDGES : 0;
}
