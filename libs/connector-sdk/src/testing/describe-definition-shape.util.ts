import type { AnyConnectorDefinition, DtoClass } from '../connector-definition.type';
import { ConnectorError, isConnectorError } from '../connector.error';
import { PostNoteInput } from '../standard-actions/post-note-input.dto';
import { STANDARD_ACTIONS } from '../standard-actions/standard-action-names.constant';
import { UpdateCaseStatusInput } from '../standard-actions/update-case-status-input.dto';
import { validateInput } from '../validate-input.util';

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SNAKE_CASE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

const STANDARD_INPUTS: Record<string, DtoClass> = {
  [STANDARD_ACTIONS.updateCaseStatus]: UpdateCaseStatusInput,
  [STANDARD_ACTIONS.postNote]: PostNoteInput,
};

/** The definition is well-formed data: what the hub reads without running anything. */
export function describeDefinitionShape(definition: AnyConnectorDefinition): void {
  const actions = Object.entries(definition.actions);

  describe('definition', () => {
    it('has a kebab-case key, a semver version, a display name and a description', () => {
      expect(definition.key).toMatch(KEBAB_CASE);
      expect(definition.version).toMatch(SEMVER);
      expect(definition.displayName.trim()).not.toBe('');
      expect(definition.description.trim()).not.toBe('');
    });

    it('declares actions, each under its own snake_case name', () => {
      expect(actions.length).toBeGreaterThan(0);
      for (const [key, action] of actions) {
        expect(action.name).toBe(key);
        expect(action.name).toMatch(SNAKE_CASE);
      }
    });

    it('gives every action an input DTO class and the metadata the engine reads', () => {
      for (const [, action] of actions) {
        expect(typeof action.input).toBe('function');
        expect(action.displayName.trim()).not.toBe('');
        expect(action.description.trim()).not.toBe('');
        expect(typeof action.idempotent).toBe('boolean');
        expect(typeof action.retryable).toBe('boolean');
        expect(typeof action.run).toBe('function');
      }
    });

    it('takes the SDK input (or a subclass of it) for the standard CRM actions', () => {
      for (const [name, action] of actions) {
        const standard = STANDARD_INPUTS[name];
        if (standard) expect(action.input === standard || action.input.prototype instanceof standard).toBe(true);
      }
    });

    it('has a sample input for every action, valid against its DTO', () => {
      expect(Object.keys(definition.testing.sampleInputs).sort()).toEqual(actions.map(([name]) => name).sort());
      for (const [name, action] of actions) {
        expect(() => validateInput(action.input, definition.testing.sampleInputs[name])).not.toThrow();
      }
    });

    it('has sample credentials valid against the credentials schema', () => {
      const { schema } = definition.credentials;
      expect(() => validateInput(schema, definition.testing.sampleCredentials, 'credentials')).not.toThrow();
    });

    it('names secret fields that the sample credentials fill', () => {
      expect(definition.credentials.secretFields.length).toBeGreaterThan(0);
      for (const field of definition.credentials.secretFields) {
        const value = definition.testing.sampleCredentials[field];
        expect(typeof value === 'string' && value.length >= 4).toBe(true);
      }
    });

    it('refuses empty credentials with a validation error naming the fields', () => {
      let thrown: unknown;
      try {
        validateInput(definition.credentials.schema, {}, 'credentials');
      } catch (error) {
        thrown = error;
      }
      expect(isConnectorError(thrown)).toBe(true);
      expect((thrown as ConnectorError).kind).toBe('validation');
      expect((thrown as ConnectorError).details.length).toBeGreaterThan(0);
    });

    it('declares lookups as functions', () => {
      for (const lookup of Object.values(definition.lookups ?? {})) {
        expect(typeof lookup).toBe('function');
      }
    });
  });
}
