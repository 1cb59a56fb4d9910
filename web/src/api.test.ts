import { describe, expect, it, vi } from 'vitest';

vi.mock('./auth', () => ({ accessToken: async () => 'token', signIn: async () => new Promise(() => {}) }));

const { toApiError } = await import('./api');

describe('problem details as the user reads them', () => {
  it('puts a Danish message next to each field the service names', () => {
    const error = toApiError(422, {
      rule: 'plan.due-in-past',
      errors: [{ field: 'dueOn', message: 'The due date is in the past.' }],
    });
    expect(error.message).toBe('Nogle oplysninger skal rettes.');
    expect(error.fieldErrors).toEqual({ dueOn: 'Fristen kan ikke ligge før i dag.' });
  });

  it("says Bean Validation's English in plain Danish", () => {
    const error = toApiError(400, { errors: [{ field: 'legalBasis', message: 'must not be blank' }] });
    expect(error.fieldErrors.legalBasis).toBe('Feltet skal udfyldes.');
  });

  it('explains a conflict and keeps the current version', () => {
    const error = toApiError(409, { rule: 'plan.sub-goal-stale', currentVersion: 3 });
    expect(error.message).toContain('ændret af en anden');
    expect(error.currentVersion).toBe(3);
  });

  it("explains a stale edit of the calculator's assumptions in Danish", () => {
    const error = toApiError(409, { rule: 'calculator.stale-version', currentVersion: 3 });
    expect(error.message).toBe('Forudsætningerne er blevet ændret af en anden, siden du hentede dem. Dine ændringer er ikke gemt. '
      + 'Hent den nyeste version og ret igen.');
    expect(error.currentVersion).toBe(3);
  });

  it('never reveals more than "not found or no access" for a 404', () => {
    expect(toApiError(404, null).message).toBe('Det findes ikke, eller du har ikke adgang til det.');
  });
});
