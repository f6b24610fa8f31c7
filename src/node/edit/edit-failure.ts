/** An edit refused, with the HTTP status that says why and the answer's body. */
import { EditError } from './record-spans';
import { PathError } from './data-paths';

export class EditFailure extends Error {
  constructor(
    /** 400 bad request, 403 a path outside the folder, 404 unknown, 409 conflict, 422 invalid. */
    readonly status: 400 | 403 | 404 | 409 | 412 | 422 | 428,
    readonly body: { error: string } & Record<string, unknown>,
  ) {
    super(body.error);
  }
}

/** Errors of the edit modules as refusals: a path outside the folder, a file that cannot be edited. */
export function asEditFailure(error: unknown): unknown {
  if (error instanceof PathError) return new EditFailure(403, { error: error.message });
  if (error instanceof EditError) {
    if (error.code === 'not-found')
      return new EditFailure(409, { error: `the record changed on disk: ${error.message}` });
    return new EditFailure(422, { error: error.message, code: error.code });
  }
  return error;
}
