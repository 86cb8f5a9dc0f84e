import { describe, expect, it } from 'vitest';
import { ApiError } from './graphql';
import { actionFailure } from './server-action';

describe('actionFailure', () => {
  it.each([
    ['an API error keeps its code and message', new ApiError('no such notebook', 'NOT_FOUND'), { code: 'NOT_FOUND', message: 'no such notebook' }],
    ['any other error is UNKNOWN, printed whole', new Error('socket hang up'), { code: 'UNKNOWN', message: 'Error: socket hang up' }],
    ['a thrown string is UNKNOWN', 'boom', { code: 'UNKNOWN', message: 'boom' }],
  ])('%s', (_, error, expected) => {
    expect(actionFailure(error)).toEqual({ ok: false, ...expected });
  });
});
