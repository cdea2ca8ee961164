import { IsString, MaxLength } from 'class-validator';
import type { ConnectorContext } from './connector-definition.type';
import { defineAction } from './define-action.util';

class Input {
  @IsString()
  @MaxLength(5)
  caseId: string;
}

describe('defineAction', () => {
  const seen: unknown[] = [];
  const action = defineAction<object, Input>({
    name: 'touch_case',
    displayName: 'Touch case',
    description: 'Touches a case',
    input: Input,
    idempotent: true,
    retryable: true,
    run(_ctx, input) {
      seen.push(input);
      return Promise.resolve({ summary: `touched ${input.caseId}` });
    },
  });
  const ctx = {} as ConnectorContext;

  it('hands run() a validated instance of the input DTO, whatever it is called with', async () => {
    await expect(action.run(ctx, { caseId: 'C-1' })).resolves.toEqual({ summary: 'touched C-1' });
    expect(seen[0]).toBeInstanceOf(Input);
  });

  it('rejects invalid input with a validation error before run() sees it', async () => {
    await expect(action.run(ctx, { caseId: 'too-long-id', extra: 1 } as unknown as Input)).rejects.toMatchObject({
      kind: 'validation',
      details: expect.arrayContaining([expect.objectContaining({ field: 'caseId' }), expect.objectContaining({ field: 'extra' })]),
    });
    expect(seen).toHaveLength(1);
  });

  it('keeps the metadata the engine reads', () => {
    expect(action).toMatchObject({ name: 'touch_case', idempotent: true, retryable: true, input: Input });
    expect(Object.isFrozen(action)).toBe(true);
  });
});
