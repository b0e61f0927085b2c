import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { makeTorus, makeTube } from '@facet/mesh/generate';
import { describe, expect, it } from 'vitest';
import { domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import { ZModelAnalysis } from './model-analysis';
import { checkPrintability, printabilityIn } from './printability';

const NOTHING_FOUND = {
  printable: true,
  problems: [],
  warnings: [],
  problemsLocalized: [],
  warningsLocalized: [],
};

/** A ring with three triangles taken out: one opening, 3 edges round it. */
const openTorus = () => {
  const torus = makeTorus(2_000, 10, 2);
  return ZModelAnalysis.parse(
    analyseMeshWithThickness({ positions: torus.positions, indices: torus.indices.subarray(3) }).analysis,
  );
};

/** A 1.5 mm band, filed down to 0.3 mm around angle 0: by its bounding box it is 20 × 20 × 3 mm. */
const thinBand = () =>
  ZModelAnalysis.parse(
    analyseMeshWithThickness(
      makeTube({
        innerRadius: 8.5,
        outerRadiusAt: (angle) => (Math.cos(angle) > 0.995 ? 8.8 : 10),
        height: 3,
        around: 720,
        along: 4,
      }),
    ).analysis,
  );

describe('checkPrintability', () => {
  it('leaves walls to the verdict per alloy: a band 0.3 mm thick in one place is not refused here', () => {
    expect(checkPrintability(thinBand())).toEqual(NOTHING_FOUND);
  }, 30_000);

  it('passes a 2.5 mm round wire ring', () => {
    const { analysis } = analyseMeshWithThickness(makeTorus(20_000));
    expect(checkPrintability(ZModelAnalysis.parse(analysis))).toEqual(NOTHING_FOUND);
  });

  it('says the thickness is unknown, and why, without refusing the model', () => {
    const { analysis } = analyseMeshWithThickness(makeTorus(20_000), { timeLimitMs: 0 });
    const printability = checkPrintability(ZModelAnalysis.parse(analysis));
    expect(printability.printable).toBe(true);
    expect(printability.warnings).toEqual([
      expect.stringMatching(/^Thickness unknown: the model is too detailed/),
    ]);
  });

  it('names where the hole of an open model is', () => {
    const { problems, warnings } = checkPrintability(openTorus());
    expect(problems[0]).toMatch(
      /^This model has holes \(3 open or shared edges; one opening, the largest around x 1\d\.\d/,
    );
    expect(warnings).toEqual([]);
  });
});

describe('the problems and warnings in the reader’s language', () => {
  it('says an open model’s holes and where they are in Russian, and in English as before', () => {
    const printability = checkPrintability(openTorus());
    const russian = printabilityIn(printability, 'ru').problems[0];
    expect(russian).toMatch(
      /^В модели есть отверстия \(3 открытых или общих ребра; одно отверстие, наибольшее — около точки x 1\d,\d, y -?\d+,\d, z -?\d+,\d мм\), поэтому отлить её в таком виде нельзя\. Закройте сетку в 3D-редакторе и загрузите модель снова\.$/,
    );
    expect(printabilityIn(printability, 'en')).toEqual({
      problems: printability.problems,
      warnings: printability.warnings,
    });
  });

  it('counts edges and openings in Russian with the right form for 1, 2 and 5', () => {
    const holes = (edges: number, openings: number) =>
      renderDomainMessage(
        domainMessage('printability.holes', {
          edges,
          opening: domainMessage('printability.largest-opening', {
            openings,
            point: domainMessage('castability.point', { x: 1, y: 2, z: 3 }),
          }),
        }),
        'ru',
      );
    expect(holes(1, 1)).toContain('(1 открытое или общее ребро; одно отверстие, наибольшее');
    expect(holes(2, 2)).toContain('(2 открытых или общих ребра; 2 отверстия, наибольшее');
    expect(holes(5, 5)).toContain('(5 открытых или общих рёбер; 5 отверстий, наибольшее');
    expect(holes(21, 21)).toContain('(21 открытое или общее ребро; 21 отверстие, наибольшее');
    expect(renderDomainMessage(domainMessage('printability.holes', { edges: 5, opening: '' }), 'en')).toBe(
      'This model has holes (5 open or shared edges), so it cannot be cast as is. Close the mesh in your 3D tool and upload it again.',
    );
  });

  it('says an unknown thickness, with its reason, and too little metal in Russian', () => {
    const { analysis } = analyseMeshWithThickness(makeTorus(20_000), { timeLimitMs: 0 });
    const unknown = checkPrintability(ZModelAnalysis.parse(analysis));
    expect(printabilityIn(unknown, 'ru').warnings).toEqual([
      'Толщину стенок измерить не удалось: модель слишком детальная, чтобы измерить её за 0 секунд. Ювелир проверит стенки перед литьём.',
    ]);
    expect(printabilityIn(unknown, 'en').warnings).toEqual([
      'Thickness unknown: the model is too detailed to measure within 0 s. A jeweller will check the walls before casting.',
    ]);
    const tiny = checkPrintability({ ...ZModelAnalysis.parse(analysis), volumeMm3: 2.5 });
    expect(tiny.problems).toContain('Its volume (2.50 mm³) is too small to cast.');
    expect(printabilityIn(tiny, 'ru').problems).toContain('Объём (2,50 мм³) слишком мал для литья.');
  });

  it('keeps the English of a list without messages', () => {
    expect(printabilityIn({ problems: ['Stored before.'], warnings: [] }, 'ru').problems).toEqual([
      'Stored before.',
    ]);
  });
});
