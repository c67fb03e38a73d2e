import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
    const base = (language: string) => [...new Set(keysOf(language, namespace).map((key) => key.replace(pluralSuffix, '')))].sort();
    for (const language of languages) expect(base(language), language).toEqual(base('en'));
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
