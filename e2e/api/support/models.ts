/** A small binary STL: a closed box of the given size in millimetres (12 triangles). */
export function boxStl(sizeMm: [number, number, number] = [12, 10, 4], label = 'e2e box'): Uint8Array {
  const [x, y, z] = sizeMm;
  const v = [
    [0, 0, 0],
    [x, 0, 0],
    [x, y, 0],
    [0, y, 0],
    [0, 0, z],
    [x, 0, z],
    [x, y, z],
    [0, y, z],
  ] as const;
  const faces = [
    [0, 2, 1],
    [0, 3, 2],
    [4, 5, 6],
    [4, 6, 7],
    [0, 1, 5],
    [0, 5, 4],
    [1, 2, 6],
    [1, 6, 5],
    [2, 3, 7],
    [2, 7, 6],
    [3, 0, 4],
    [3, 4, 7],
  ] as const;
  const buffer = Buffer.alloc(84 + faces.length * 50);
  buffer.write(label.padEnd(80, ' ').slice(0, 80), 0, 'ascii');
  buffer.writeUInt32LE(faces.length, 80);
  faces.forEach((face, index) => {
    const offset = 84 + index * 50;
    face.forEach((vertex, corner) => {
      v[vertex].forEach((value, axis) => {
        buffer.writeFloatLE(value, offset + 12 + corner * 12 + axis * 4);
      });
    });
  });
  return new Uint8Array(buffer);
}
