import type { Db } from '@facet/db/client';
import { buildDesign } from '@facet/mesh/parts/build-design';
import { checkDesign } from '@facet/mesh/parts/check-design';
import { designErrorMessage } from '@facet/mesh/parts/design-messages';
import { writeBinaryStl } from '@facet/mesh/write';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import type { ObjectStorage } from '../storage/object-storage';
import { designFileName } from './describe-design';
import type { TUploadDesignInput } from './design-schema';
import type { TModel } from './model-dto';
import { uploadModel } from './upload-model';

/**
 * A piece built in the shop's constructor: the design is checked with the builder's own rules, made
 * into a binary STL here, so the model always matches the design, and stored as an uploaded model
 * with the design kept beside it. From there it is a model like any other (analysis, preview).
 * A design that cannot be made is refused as UNPROCESSABLE with the builder's `problems`, said as
 * the constructor's catalogue messages (the one problem, or each one after another).
 */
export async function uploadDesign(
  deps: { db: Db; storage: ObjectStorage },
  actor: Actor,
  input: TUploadDesignInput,
): Promise<TModel> {
  const { design } = input;
  const problems = checkDesign(design);
  if (problems.length > 0) {
    throw new DomainError('UNPROCESSABLE', designErrorMessage(problems), { problems });
  }
  const fileName = designFileName(design);
  return uploadModel(deps, actor, {
    fileName,
    body: writeBinaryStl(buildDesign(design), `Facet design: ${fileName}`),
    design,
  });
}
