import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checks } from '../../src/domain/qa';

const localesDir = new URL('../../locales/', import.meta.url);
const languages = readdirSync(localesDir);
const pluralSuffix = /_(zero|one|two|few|many|other)$/u;

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

function keysOf(language: string, namespace: string): string[] {
  return flatten(JSON.parse(readFileSync(new URL(`${language}/${namespace}`, localesDir), 'utf8')));
}

describe('locales', () => {
  it('has English and French', () => {
    expect(languages.sort()).toEqual(['en', 'fr']);
  });

  const namespaces = readdirSync(new URL('en/', localesDir));
  it.each(namespaces)('%s has the same keys in every language (plural forms aside)', (namespace) => {
    // The checks' English names and descriptions are the registry's (src/domain/qa/registry.ts), not a locale's.
    const registry = (key: string) => /^qa\.(?:checks|about)\./u.test(key);
    const base = (language: string) => [...new Set(keysOf(language, namespace).filter((key) => !registry(key)).map((key) => key.replace(pluralSuffix, '')))].sort();
    for (const language of languages) expect(base(language), language).toEqual(base('en'));
  });

  it('names and describes every check of the registry in French, and no check the registry lacks; English has them from the registry only', () => {
    const ids = checks.map((check) => check.id).sort();
    const french = keysOf('fr', 'ui.json');
    expect(french.filter((key) => key.startsWith('qa.checks.')).map((key) => key.slice('qa.checks.'.length)).sort()).toEqual(ids);
    expect(french.filter((key) => key.startsWith('qa.about.')).map((key) => key.slice('qa.about.'.length)).sort()).toEqual(ids);
    expect(keysOf('en', 'ui.json').filter((key) => /^qa\.(?:checks|about)\./u.test(key))).toEqual([]);
    for (const check of checks) {
      expect(check.name.trim(), check.id).not.toBe('');
      expect(check.description.trim(), check.id).not.toBe('');
    }
  });

  it.each(namespaces)('%s has every plural form each language needs', (namespace) => {
    for (const language of languages) {
      const keys = keysOf(language, namespace);
      const plurals = new Set(keys.filter((key) => pluralSuffix.test(key)).map((key) => key.replace(pluralSuffix, '')));
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      for (const key of plurals) {
        for (const category of categories) expect(keys, `${language}: ${key}_${category}`).toContain(`${key}_${category}`);
      }
    }
  });

  it.each(namespaces)('%s has no empty string', (namespace) => {
    for (const language of languages) {
      const json = JSON.parse(readFileSync(new URL(`${language}/${namespace}`, localesDir), 'utf8'));
      for (const key of flatten(json)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], json);
        expect(typeof value === 'string' && value.trim() !== '', `${language}: ${key}`).toBe(true);
      }
    }
  });
});
