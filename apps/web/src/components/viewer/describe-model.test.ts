import { describe, expect, it } from 'vitest';
import { describeModel } from './describe-model';

describe('describeModel', () => {
  it('names the model and gives its size in millimetres, one decimal at most', () => {
    expect(describeModel('3D view of the model “ring.stl”', [21.24, 21.2, 4])).toBe(
      '3D view of the model “ring.stl”, 21.2 × 21.2 × 4 mm',
    );
  });

  it('names the model alone while its size is not known', () => {
    expect(describeModel('3D view of your piece', null)).toBe('3D view of your piece');
  });
});

describe('describeModel in Russian', () => {
  it('writes the size with a decimal comma and «мм»', () => {
    expect(describeModel('3D-вид модели', [21.24, 21.2, 4], 'ru')).toBe('3D-вид модели, 21,2 × 21,2 × 4 мм');
  });
});
