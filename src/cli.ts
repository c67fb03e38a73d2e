import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { version } from '../package.json';
import { type Config, loadConfig } from './config';
import { UnsupportedFormatError, VisavisError } from './domain/errors';
import { describeUnsupported, extensionsInWords, formatIds } from './formats/registry';
import { backupDatabase, describeStore, openStorage, restoreDatabase, startServer } from './main';
import { alignFiles, type AnalysisReport, analysisCsv, analysisCsvHeader, createServices, untranslatedPolicies, type UntranslatedPolicy } from './services';
import { machineTranslatorFor } from './providers/mt';

/**
 * The `visavis` command: parses arguments, calls the services, prints, and exits non-zero with a
 * clear message on error.
 */
function program(config: Config): Command {
  const cli = new Command('visavis')
    .description('vis-à-vis: French → English translation workbench')
    .version(version)
    .showHelpAfterError()
    .option('--db <path|url>', 'SQLite database file, or a postgres:// URL', config.databasePath);

  const withServices = async <T>(work: (services: ReturnType<typeof createServices>) => Promise<T>): Promise<T> => {
    const { store, relay, close } = await openStorage(cli.opts<{ db: string }>().db, { poolSize: config.databasePoolSize });
    try {
      return await work(createServices({ store, maxUploadBytes: config.maxUploadBytes, machineTranslator: machineTranslatorFor(config), liveRelay: relay }));
    } finally {
      await close();
    }
  };
  const actor = { name: cliUser() };

  cli
    .command('serve')
    .description('serve the workbench (creates a demo document in an empty database)')
    .option('-p, --port <port>', 'port to listen on', parsePort, config.port)
    .option('--host <address>', 'address to listen on', config.host)
    .action(async (options: { port: number; host: string }) => {
      const database = cli.opts<{ db: string }>().db;
      // A start that fails (the database cannot be opened or written, the port is taken) ends the
      // process with a message naming the cause, so a supervisor sees it and restarts or alerts;
      // main() makes sure nothing left running keeps the process alive.
      const server = await startServer({ ...config, port: options.port, host: options.host, databasePath: database }).catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new VisavisCliError(`cannot start with the database ${describeStore(database)}: ${reason}`);
      });
      console.log(`vis-à-vis is serving ${server.url}  (database: ${describeStore(cli.opts<{ db: string }>().db)})`);
      if (server.metricsUrl) console.log(`Metrics for Prometheus, without a token: ${server.metricsUrl}`);
      if (server.setupUrl) {
        console.log(`No account yet. Create the administrator account (this link works once): ${server.setupUrl}`);
      }
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  cli
    .command('import <file>')
    .description(`import a French ${extensionsInWords()} file; prints the new document id`)
    .option('-t, --title <title>', 'document title (default: the file name)')
    .addOption(new Option('-f, --format <format>', 'the file format (default: from the extension)').choices([...formatIds]))
    .option('-p, --project <id>', 'project to import into (default: the default project)', parseId)
    .action(async (file: string, options: { title?: string; format?: string; project?: number }) => {
      const bytes = readInput(file);
      const imported = await withServices((services) =>
        services.documents.import({ bytes, filename: basename(file), title: options.title, format: options.format, projectId: options.project }, actor),
      );
      console.log(imported.id);
      console.error(`Imported "${imported.title}": ${imported.segmentCount} segments.`);
    });

  cli
    .command('list')
    .description('list documents with their progress')
    .option('-p, --project <id>', 'only the documents of this project', parseId)
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean; project?: number }) => {
      const documents = await withServices((services) => services.documents.list(undefined, options.project));
      if (options.json) {
        console.log(JSON.stringify(documents, null, 2));
        return;
      }
      if (documents.length === 0) console.error('No documents yet. Import one with: visavis import <file>');
      for (const document of documents) {
        const { segments, byStatus } = document.statistics;
        const done = byStatus.translated.segments + byStatus.approved.segments;
        console.log(`${String(document.id).padStart(4)}  ${`${done}/${segments}`.padStart(11)} confirmed  ${document.title}`);
      }
    });

  const project = cli.command('project').description('manage projects (documents belong to one)');
  project
    .command('add <name>')
    .description('create a project; prints its id')
    .option('-o, --owner <user>', 'make this user the project\'s owner (site administrators act as owners of every project)')
    .action(async (name: string, options: { owner?: string }) => {
      const created = await withServices(async (services) => {
        const owner = options.owner === undefined ? undefined : await services.accounts.findUser(options.owner);
        return services.projects.create({ name }, owner, actor);
      });
      console.log(created.id);
    });
  project
    .command('list')
    .description('list projects, the default one first')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const projects = await withServices((services) => services.projects.list());
      if (options.json) console.log(JSON.stringify(projects, null, 2));
      else for (const item of projects) console.log(`${String(item.id).padStart(4)}  ${String(item.documentCount).padStart(5)} documents  ${item.name}`);
    });
  project
    .command('export')
    .description('write a project as one archive (documents and their originals, history, comments, memory, glossary, members by username) to import elsewhere')
    .argument('<id>', 'the project', parseId)
    .argument('<file>', 'the archive to write (.visavis.zip)')
    .action(async (id: number, file: string) => {
      const exported = await withServices((services) => services.projects.exportArchive(id, actor));
      writeFileSync(file, exported.bytes);
      const { documents, segments, revisions, memory, glossary, members } = exported.counts;
      console.error(`Wrote ${file}: ${documents} documents, ${segments} segments, ${revisions} revisions, ${memory} memory units, ${glossary} glossary entries, ${members} members.`);
    });
  project
    .command('import')
    .description('import a project archive (visavis project export) as a new project; prints its id. Members are matched to accounts by username; unknown ones are listed, not created')
    .argument('<file>', 'the archive')
    .option('-n, --name <name>', "the new project's name (default: the archive's, with a number added when it is taken)")
    .option('-o, --owner <user>', 'make this user an owner of the new project too')
    .action(async (file: string, options: { name?: string; owner?: string }) => {
      const bytes = readInput(file);
      const imported = await withServices(async (services) => {
        const owner = options.owner === undefined ? undefined : await services.accounts.findUser(options.owner);
        return services.projects.importArchive({ bytes, name: options.name }, owner, actor);
      });
      console.log(imported.project.id);
      const { added, unknown } = imported.members;
      console.error(`Imported "${imported.project.name}": ${imported.counts.documents} documents, ${imported.counts.segments} segments, ${imported.counts.memory} memory units.`);
      console.error(`Members: ${added.map((member) => `${member.username} (${member.role})`).join(', ') || 'none'}.`);
      if (unknown.length) console.error(`No account here for ${unknown.join(', ')}: not added (create the accounts, then add them to the project).`);
      if (imported.skippedTerms.length) console.error(`Glossary entries left out (the same French term in another case): ${imported.skippedTerms.join(', ')}.`);
    });

  const user = cli.command('user').description('manage local accounts');
  user
    .command('add <name>')
    .description('create an account; the password is read from standard input')
    .option('--admin', 'make it a site administrator')
    .requiredOption('--password-stdin', 'read the password from standard input (never from the command line)')
    .action(async (name: string, options: { admin?: boolean }) => {
      const password = await readPasswordFromStdin();
      const created = await withServices((services) => services.accounts.createUser({ username: name, password, isAdmin: options.admin ?? false }, actor));
      console.log(created.id);
      console.error(`Created ${created.isAdmin ? 'administrator' : 'user'} "${created.username}".`);
    });
  user
    .command('list')
    .description('list accounts')
    .action(async () => {
      const users = await withServices((services) => services.accounts.listUsers());
      for (const item of users) console.log(`${String(item.id).padStart(4)}  ${item.username}${item.isAdmin ? '  (administrator)' : ''}`);
    });

  const token = cli.command('token').description('personal API tokens for scripts (Authorization: Bearer …)');
  token
    .command('create <user>')
    .description('create a token for a user and print it: it is shown only this once')
    .option('-n, --name <name>', 'what the token is for', 'cli')
    .action(async (username: string, options: { name: string }) => {
      const created = await withServices((services) => services.accounts.createToken({ username, name: options.name }, actor));
      console.log(created.token);
      console.error(`Token ${created.record.id} ("${created.record.name}") created; it is not stored in clear and cannot be shown again.`);
    });
  token
    .command('revoke <user> <id>')
    .description('revoke one of a user\'s tokens')
    .action(async (username: string, id: string) => {
      await withServices(async (services) => {
        const found = await services.accounts.findUser(username).catch(() => undefined);
        if (!found) throw new VisavisCliError(`No user named "${username}".`);
        await services.accounts.revokeToken(found, parseDocumentId(id), actor);
      });
      console.error(`Token ${id} revoked.`);
    });

  cli
    .command('backup <file>')
    .description('copy the SQLite database to <file> while the server runs (consistent, checked); shows a progress bar')
    .option('--force', 'replace <file> if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const database = cli.opts<{ db: string }>().db;
      const bar = new SingleBar(
        { format: 'Backing up |{bar}| {percentage}% of {total} pages{message}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000, hideCursor: true },
        Presets.shades_classic,
      );
      let started = false;
      try {
        const done = await backupDatabase(database, file, {
          force: options.force,
          onProgress: ({ totalPages, remainingPages, restarts }) => {
            if (!started) bar.start(Math.max(totalPages, 1), 0, { message: '' });
            started = true;
            bar.setTotal(Math.max(totalPages, 1));
            bar.update(totalPages - remainingPages, { message: restarts ? ` (started again ${restarts}× as the server wrote)` : '' });
          },
        });
        bar.stop();
        console.error(`Backed up ${describeStore(database)} to ${file}: ${(done.bytes / 1_048_576).toFixed(1)} MB, checked.`);
      } catch (error) {
        bar.stop();
        throw error;
      }
    });

  cli
    .command('restore <file>')
    .description('replace the SQLite database with the backup <file> (checked first; the server must be stopped)')
    .option('--force', 'replace an existing database (it is kept beside, renamed)')
    .action(async (file: string, options: { force?: boolean }) => {
      const database = cli.opts<{ db: string }>().db;
      const restored = await restoreDatabase(file, database, { force: options.force });
      if (restored.replacedKeptAt) console.error(`The database it replaced is kept at ${restored.replacedKeptAt}.`);
      console.error(`Restored ${file} to ${database}: ${restored.documents} documents, ${restored.users} accounts. Start the server to use it.`);
    });

  cli
    .command('pretranslate <id>')
    .description('pre-translate the empty segments of a document: memory matches, then DeepL (VISAVIS_DEEPL_KEY); shows a progress bar')
    .option('--min-score <score>', 'lowest memory match to use (50-100)', parseScore, 75)
    .option('--no-memory', 'do not use the translation memory')
    .option('--no-mt', 'do not use machine translation')
    .action(async (id: string, options: { minScore: number; memory: boolean; mt: boolean }) => {
      const job = await withServices(async (services) => {
        const started = await services.jobs.start(parseDocumentId(id), { memory: options.memory, mt: options.mt, minScore: options.minScore }, actor);
        const bar = new SingleBar(
          { format: 'Pre-translating |{bar}| {value}/{total} segments {message}', stream: process.stderr, noTTYOutput: true, notTTYSchedule: 1000, hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(Math.max(started.total, 1), 0, { message: '' });
        const stop = services.jobs.listen(started.id, (progress) => {
          bar.setTotal(Math.max(progress.total, 1));
          bar.update(progress.done, { message: progress.message ?? '' });
        });
        // Ctrl+C cancels cleanly: what was filled stays, nothing is half-written.
        const interrupt = () => void services.jobs.cancel(started.id);
        process.once('SIGINT', interrupt);
        // (Another process may have claimed it first: then this one waits for that one.)
        const final = await services.jobs.stopped(started.id);
        process.off('SIGINT', interrupt);
        stop();
        bar.update(final.done, { message: '' });
        bar.stop();
        return final;
      });
      const summary = `Job ${job.id}: ${job.state}, ${job.done} of ${job.total} segments filled.${job.message ? ` ${job.message}` : ''}`;
      if (job.state === 'done') console.error(summary);
      else throw new VisavisCliError(summary);
    });

  cli
    .command('align <french-file> <english-file>')
    .description('align a French file with its English translation, paragraph by paragraph, without storing anything')
    .option('--json', 'print {"links": [{"fr": [0], "en": [0], "score": 0.97}, …]}, 0-based paragraph positions')
    .action((frenchFile: string, englishFile: string, options: { json?: boolean }) => {
      const result = alignFiles({ bytes: readInput(frenchFile), filename: basename(frenchFile) }, { bytes: readInput(englishFile), filename: basename(englishFile) });
      if (options.json) {
        console.log(JSON.stringify({ links: result.links }));
        return;
      }
      const cell = (text: string) => (text.length > 46 ? `${text.slice(0, 45)}…` : text).padEnd(46);
      console.log(`${'#'.padStart(4)}  ${cell('French')}  ${cell('English')}  score`);
      for (const link of result.links) {
        const rows = Math.max(link.fr.length, link.en.length);
        for (let k = 0; k < rows; k++) {
          const fr = link.fr[k];
          const en = link.en[k];
          const number = k === 0 ? String((link.fr[0] ?? -1) + 1 || '–') : '';
          console.log(`${number.padStart(4)}  ${cell(fr === undefined ? (k === 0 ? '—' : '') : result.french[fr]!)}  ${cell(en === undefined ? (k === 0 ? '—' : '') : result.english[en]!)}  ${k === 0 ? link.score.toFixed(2) : ''}`);
        }
      }
      const unlinked = result.links.filter((link) => link.fr.length === 0 || link.en.length === 0).length;
      console.error(`${result.links.length} links (${unlinked} paragraphs without a counterpart); low scores deserve a look.`);
    });

  cli
    .command('qa <id>')
    .description("run the quality checks on a document's translations; exits 1 when there are errors (for a publishing pipeline)")
    .option('--json', 'print {"errors", "warnings", "ignored", "items": [{segmentId, position, status, check, severity, message, source, target, suggestion…}]} as GET /api/documents/<id>/qa does')
    .action(async (id: string, options: { json?: boolean }) => {
      const qa = await withServices((services) => services.qa.document(parseDocumentId(id)));
      if (options.json) console.log(JSON.stringify(qa, null, 2));
      else {
        for (const item of qa.items) console.log(`${String(item.position + 1).padStart(5)}  ${item.severity.padEnd(7)}  ${item.check.padEnd(15)}  ${item.message}`);
        console.error(`${qa.errors} error${qa.errors === 1 ? '' : 's'}, ${qa.warnings} warning${qa.warnings === 1 ? '' : 's'}.`);
      }
      if (qa.errors > 0) process.exitCode = 1;
    });

  cli
    .command('analyse <id>')
    .alias('analyze')
    .description("word-count analysis of a document against its project's memory: segments, words, characters and weighted words per band")
    .option('--json', 'print the analysis as GET /api/documents/<id>/analysis does')
    .option('--csv', 'print it as CSV (a header row, one row per band, a total row)')
    .action(async (id: string, options: { json?: boolean; csv?: boolean }) => {
      const analysis = await withServices((services) => services.analysis.document(parseDocumentId(id)));
      if (options.json) console.log(JSON.stringify(analysis, null, 2));
      else if (options.csv) process.stdout.write(analysisCsv(analysis));
      else console.log(analysisTable(analysis));
    });

  cli
    .command('export <id>')
    .description('write the English version of a document')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...formatIds]))
    .addOption(new Option('-u, --untranslated <policy>', 'what to write for untranslated segments').choices([...untranslatedPolicies]).default('source'))
    .addOption(new Option('--qa <policy>', 'fail: refuse to export while the quality checks find errors').choices(['ignore', 'fail']).default('ignore'))
    .option('-o, --out <file>', 'output file (default: standard output)')
    .action(async (id: string, options: { format?: string; untranslated: UntranslatedPolicy; qa: 'ignore' | 'fail'; out?: string }) => {
      const exported = await withServices(async (services) => {
        const documentId = parseDocumentId(id);
        if (options.qa === 'fail') {
          const qa = await services.qa.document(documentId);
          if (qa.errors > 0) throw new VisavisCliError(`The quality checks find ${qa.errors} error${qa.errors === 1 ? '' : 's'} in document ${documentId}: nothing exported (see visavis qa ${documentId}).`);
        }
        return services.documents.export({ documentId, format: options.format, untranslated: options.untranslated });
      });
      // The file is not in the encoding it came in: whoever publishes it should know.
      if (exported.encoding?.was) console.error(`The English has characters ${exported.encoding.was.encoding} cannot hold: the file is written in ${exported.encoding.encoding.toUpperCase()}${exported.encoding.bom ? ' with a byte-order mark' : ''}.`);
      if (options.out) {
        writeFileSync(options.out, exported.bytes);
        console.error(`Wrote ${options.out}${exported.untranslated ? ` (${exported.untranslated} untranslated segments)` : ''}.`);
      } else process.stdout.write(exported.bytes);
    });
  return cli;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new InvalidArgumentError('expected a port number (0-65535).');
  return port;
}

function parseScore(value: string): number {
  const score = Number(value);
  if (!Number.isInteger(score) || score < 50 || score > 100) throw new InvalidArgumentError('expected a match score from 50 to 100.');
  return score;
}

/** An analysis as a text table: the band left-aligned, the figures right-aligned under their English headings. */
function analysisTable(analysis: AnalysisReport): string {
  const rows = [
    [...analysisCsvHeader],
    ...analysis.bands.map((band) => [band.band, band.segments, band.words, band.characters, analysis.weights[band.band], band.weighted].map(String)),
    ['Total', analysis.total.segments, analysis.total.words, analysis.total.characters, '', analysis.total.weighted].map(String),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n');
}

function parseId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new InvalidArgumentError(`"${value}" is not an id (a positive whole number).`);
  return id;
}

function parseDocumentId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new VisavisCliError(`"${value}" is not a document id (a positive whole number).`);
  return id;
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new VisavisCliError(`Cannot read ${file}: ${reason}.`);
  }
}

async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/u, '');
  if (!password) throw new VisavisCliError('No password on standard input (try: echo "$PASSWORD" | visavis user add NAME --password-stdin).');
  return password;
}

function cliUser(): string | null {
  try {
    return userInfo().username;
  } catch {
    // Some containers have no passwd entry for the uid; the revision then has no author.
    return null;
  }
}

class VisavisCliError extends Error {}

async function main(): Promise<void> {
  try {
    await program(loadConfig()).parseAsync(process.argv);
  } catch (error) {
    const message =
      error instanceof UnsupportedFormatError ? describeUnsupported(error) : error instanceof Error ? error.message : String(error);
    console.error(`visavis: ${message}`);
    process.exitCode = error instanceof VisavisError || error instanceof VisavisCliError ? 1 : 70;
    // Threads or connections a failed command had started must not keep the process alive.
    setTimeout(() => process.exit(), 1000).unref();
  }
}

void main();
