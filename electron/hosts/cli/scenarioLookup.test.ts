import { describe, expect, it } from 'vitest';
import { splitScenarioNames } from './scenarioLookup';

describe('scenario names from a comma-separated list', () => {
  const known = ['Basic 1%', 'Full plan, one year', 'Full plan', 'Año base'];

  it('splits on commas, keeping whole a name that holds one', () => {
    expect(splitScenarioNames('Basic 1%,Full plan, one year,año base', known)).toEqual(['Basic 1%', 'Full plan, one year', 'año base']);
    expect(splitScenarioNames('Full plan,Basic 1%', known)).toEqual(['Full plan', 'Basic 1%']);
  });

  it('keeps a name it does not know as given, to be reported as missing, and drops empty pieces', () => {
    expect(splitScenarioNames(' Nope , Basic 1%,', known)).toEqual(['Nope', 'Basic 1%']);
  });
});
