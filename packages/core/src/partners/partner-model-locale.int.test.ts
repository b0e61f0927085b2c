import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makePartner } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { THIN_SPOT_BAND as BAND } from '../castability/thin-spot-band';
import type { Actor } from '../shared/actor';
import { getPartnerModel } from './get-partner-model';
import { ZPartnerModel } from './partner-model-dto';
import { quoteModel, ZModelQuotes } from './quote-model';

const { db } = useTestDb();

let partner: Actor;
let modelId: string;
let rejectedId: string;
let openId: string;
let unmeasuredId: string;
let unmeasuredBeforeCodesId: string;
beforeAll(async () => {
  const { partner: row } = await makePartner(db);
  partner = { kind: 'partner', partnerId: row.id, name: row.name };
  await makeAlloy(db);
  ({ id: modelId } = await makeModel(db, {
    partnerId: row.id,
    status: 'ANALYSED',
    analysis: BAND,
    sha256: 'a'.repeat(64),
  }));
  ({ id: rejectedId } = await makeModel(db, {
    partnerId: row.id,
    status: 'REJECTED',
    sha256: 'b'.repeat(64),
    rejectionReason: 'The STL file contains no triangles.',
    rejectionMessage: { key: 'mesh.stl.no-triangles', params: {} },
  }));
  ({ id: openId } = await makeModel(db, {
    partnerId: row.id,
    status: 'ANALYSED',
    analysis: { ...BAND, watertight: false, boundaryEdges: 6 },
    sha256: 'c'.repeat(64),
  }));
  const tooDetailed = 'the model is too detailed to measure within 20 s';
  ({ id: unmeasuredId } = await makeModel(db, {
    partnerId: row.id,
    status: 'ANALYSED',
    analysis: {
      ...BAND,
      thickness: { measured: false, reason: tooDetailed, code: 'too-detailed', params: { seconds: 20 } },
    },
    sha256: 'd'.repeat(64),
  }));
  // An analysis stored before the reasons had codes: its English only.
  ({ id: unmeasuredBeforeCodesId } = await makeModel(db, {
    partnerId: row.id,
    status: 'ANALYSED',
    analysis: { ...BAND, thickness: { measured: false, reason: tooDetailed } },
    sha256: 'e'.repeat(64),
  }));
});

describe('a partner’s model and quotes, in the language it asks for', () => {
  it('say the verdict in English by default, as documented', async () => {
    const model = ZPartnerModel.parse(await getPartnerModel(db, partner, modelId));
    expect(model.castability[0]).toMatchObject({
      verdict: 'CASTABLE_WITH_RISK',
      summary: expect.stringMatching(
        /^Castable in Sterling silver 925, with a risk: The wall is 0\.40 mm thick/,
      ),
    });
    expect(model.castability[0]).not.toHaveProperty('summaryLocalized');
    expect(model.castability[0]?.findings[0]).not.toHaveProperty('localized');
  });

  it('say it in Russian to Accept-Language: ru, summary and findings alike', async () => {
    const model = ZPartnerModel.parse(await getPartnerModel(db, partner, modelId, { locale: 'ru' }));
    const [castability] = model.castability;
    expect(castability?.summary).toBe(
      'Можно отлить из сплава Sterling silver 925, но с риском: Стенка толщиной 0,40 мм в точке x 1,0, y 2,0, z 3,0 мм; стенки из сплава Sterling silver 925 мы льём от 0,8 мм.',
    );
    expect(castability?.findings[0]?.message).toMatch(/^Стенка толщиной 0,40 мм/);
    expect(model.quotes[0]?.castability.summary).toBe(castability?.summary);

    const quotes = ZModelQuotes.parse(await quoteModel(db, partner, { modelId }, { locale: 'ru' }));
    expect(quotes.quotes[0]?.castability.summary).toBe(castability?.summary);
  });

  it('say why a file was refused in Russian to Accept-Language: ru', async () => {
    expect((await getPartnerModel(db, partner, rejectedId)).rejectionReason).toBe(
      'The STL file contains no triangles.',
    );
    expect((await getPartnerModel(db, partner, rejectedId, { locale: 'ru' })).rejectionReason).toBe(
      'В файле STL нет ни одного треугольника.',
    );
  });

  it('say what stops a model being printed in Russian to Accept-Language: ru', async () => {
    const english = ZPartnerModel.parse(await getPartnerModel(db, partner, openId));
    expect(english.printability).toEqual({
      printable: false,
      problems: [
        'This model has holes (6 open or shared edges), so it cannot be cast as is. Close the mesh in your 3D tool and upload it again.',
      ],
      warnings: [],
    });
    const russian = ZPartnerModel.parse(await getPartnerModel(db, partner, openId, { locale: 'ru' }));
    const problem =
      'В модели есть отверстия (6 открытых или общих рёбер), поэтому отлить её в таком виде нельзя. Закройте сетку в 3D-редакторе и загрузите модель снова.';
    expect(russian.printability?.problems).toEqual([problem]);
    const quotes = ZModelQuotes.parse(await quoteModel(db, partner, { modelId: openId }, { locale: 'ru' }));
    expect(quotes.problems).toEqual([problem]);
    const englishQuotes = await quoteModel(db, partner, { modelId: openId });
    expect(englishQuotes.problems).toEqual(english.printability?.problems);
  });

  it.each([
    ['with its code', () => unmeasuredId],
    ['stored before codes', () => unmeasuredBeforeCodesId],
  ])('say why a wall could not be measured in the language asked for (%s)', async (_, id) => {
    const english = ZPartnerModel.parse(await getPartnerModel(db, partner, id()));
    const englishFinding =
      'Thickness unknown: the model is too detailed to measure within 20 s. A jeweller will check the walls before casting.';
    expect(english.analysis?.thickness).toMatchObject({
      measured: false,
      reason: 'the model is too detailed to measure within 20 s',
    });
    expect(english.printability?.warnings).toEqual([englishFinding]);
    expect(english.castability[0]?.findings).toContainEqual(
      expect.objectContaining({ kind: 'thickness-unknown', message: englishFinding }),
    );

    const russian = ZPartnerModel.parse(await getPartnerModel(db, partner, id(), { locale: 'ru' }));
    const russianFinding =
      'Толщину стенок измерить не удалось: модель слишком детальная, чтобы измерить её за 20 секунд. Ювелир проверит стенки перед литьём.';
    expect(russian.analysis?.thickness).toMatchObject({
      measured: false,
      reason: 'модель слишком детальная, чтобы измерить её за 20 секунд',
    });
    expect(russian.printability?.warnings).toEqual([russianFinding]);
    expect(russian.castability[0]?.findings).toContainEqual(
      expect.objectContaining({ kind: 'thickness-unknown', message: russianFinding }),
    );
    const quotes = ZModelQuotes.parse(await quoteModel(db, partner, { modelId: id() }, { locale: 'ru' }));
    expect(quotes.warnings).toEqual([russianFinding]);
    expect(quotes.quotes[0]?.castability.findings).toContainEqual(
      expect.objectContaining({ kind: 'thickness-unknown', message: russianFinding }),
    );
  });
});
