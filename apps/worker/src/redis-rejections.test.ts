import { describe, expect, it } from 'vitest';
import { isDroppedRedisCommand } from './redis-rejections';

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('isDroppedRedisCommand', () => {
  it('knows the rejections of commands a lost Redis connection dropped', () => {
    expect(
      isDroppedRedisCommand(
        named('MaxRetriesPerRequestError', 'Reached the max retries per request limit (which is 1).'),
      ),
    ).toBe(true);
    expect(isDroppedRedisCommand(new Error('Connection is closed.'))).toBe(true);
    expect(isDroppedRedisCommand(new Error('connect ECONNREFUSED 127.0.0.1:6379'))).toBe(true);
    expect(
      isDroppedRedisCommand(new Error("Stream isn't writeable and enableOfflineQueue options is false")),
    ).toBe(true);
  });

  it('leaves every other rejection to stop the process', () => {
    expect(isDroppedRedisCommand(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(
      false,
    );
    expect(isDroppedRedisCommand(new Error('relation "orders" does not exist'))).toBe(false);
    expect(isDroppedRedisCommand('Connection is closed.')).toBe(false);
  });
});
