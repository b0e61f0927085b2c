import { actorForUser } from '@facet/auth/session-user';
import { uploadModel } from '@facet/core/models/upload-model';
import { buildDesign } from '@facet/mesh/parts/build-design';
import { checkDesign } from '@facet/mesh/parts/check-design';
import { writeBinaryStl } from '@facet/mesh/write';
import { z } from 'zod';
import { designFileName } from '@/components/build/describe-design';
import { ZDesign } from '@/components/build/design-schema';
import { getSessionUser } from '@/server/auth';
import { getDb } from '@/server/db';
import { readBoundedBody } from '@/server/http/bounded-body';
import { observeRoute } from '@/server/observability/observe-route';
import { problem, problemFromError } from '@/server/problem';
import { getStorage } from '@/server/storage';

const MAX_BODY_BYTES = 16 * 1024;
const ZDesignUpload = z.object({ design: ZDesign });

/**
 * A piece built in the shop's constructor: the design (JSON) is checked with the builder's own rules,
 * made into a binary STL here, so the model always matches the design, and stored as an uploaded
 * model with the design kept beside it. From there it is a model like any other (analysis, preview).
 */
export const POST = observeRoute('/api/uploads/designs', async (request, _context, scope) => {
  const user = await getSessionUser();
  if (!user) return problem(401, 'unauthenticated', 'Sign in to order a piece.');
  scope.annotate({ userId: user.id });
  let text: string;
  try {
    text = new TextDecoder().decode(await readBoundedBody(request, MAX_BODY_BYTES));
  } catch (error) {
    return problemFromError(error, scope);
  }
  const parsed = ZDesignUpload.safeParse(parseJson(text));
  if (!parsed.success) return problem(400, 'invalid design', 'The design could not be read.');
  const { design } = parsed.data;
  const problems = checkDesign(design);
  if (problems.length > 0) {
    return problem(422, 'design cannot be made', problems.map((p) => p.message).join(' '), {
      problems,
    });
  }
  try {
    const model = await uploadModel({ db: getDb(), storage: getStorage() }, actorForUser(user), {
      fileName: designFileName(design),
      body: writeBinaryStl(buildDesign(design), `Facet design: ${designFileName(design)}`),
      design,
    });
    scope.annotate({ modelId: model.id });
    return Response.json(model, { status: 201 });
  } catch (error) {
    return problemFromError(error, scope);
  }
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
