import { z } from 'zod';
import { ConfigError, env, loadConfig } from './index';

describe('loadConfig', () => {
  const shape = { PORT: env.port(4001), DATABASE_URL: env.url(['postgres']), FLAG: env.bool(false) };

  it('names every missing or malformed variable at once', () => {
    let caught: unknown;
    try {
      loadConfig('svc', shape, { PORT: 'abc', FLAG: 'maybe' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const names = (caught as ConfigError).issues.map((i) => i.variable).sort();
    expect(names).toEqual(['DATABASE_URL', 'FLAG', 'PORT']);
    expect((caught as ConfigError).message).toContain('DATABASE_URL: is required');
  });

  it('never echoes a value in its message', () => {
    expect(() =>
      loadConfig('svc', { SECRET_URL: env.url(['https']) }, { SECRET_URL: 'hunter2-secret' }),
    ).toThrow(expect.objectContaining({ message: expect.not.stringContaining('hunter2') }));
  });

  it('returns a typed, frozen object with defaults applied', () => {
    const config = loadConfig(
      'svc',
      { ...shape, LIST: env.list() },
      { DATABASE_URL: 'postgres://x/y', LIST: 'a, b' },
    );
    expect(config).toEqual({ PORT: 4001, DATABASE_URL: 'postgres://x/y', FLAG: false, LIST: ['a', 'b'] });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.LIST)).toBe(true);
  });

  it('accepts custom zod rules', () => {
    expect(() => loadConfig('svc', { N: z.coerce.number().max(3) }, { N: '4' })).toThrow(/N:/);
  });
});
