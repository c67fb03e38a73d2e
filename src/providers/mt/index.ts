import type { Config } from '../../config';
import { deeplTranslator } from './deepl';
import { type MachineTranslator, noMachineTranslation } from './machine-translator';

export * from './machine-translator';

/** The engine the configuration asks for: DeepL with a key, none without. */
export function machineTranslatorFor(config: Pick<Config, 'deepl'>): MachineTranslator {
  return config.deepl ? deeplTranslator({ authKey: config.deepl.authKey, serverUrl: config.deepl.serverUrl }) : noMachineTranslation;
}
