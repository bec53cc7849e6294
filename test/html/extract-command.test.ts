// `parallax extract` run in-process with fake streams over a temporary folder of pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractCommand } from '../../apps/cli/commands/extract.js';
import { fakeIo } from '../helpers/fake-io.js';


const page = (title: string, words: string) =>
  `<html lang="en"><head><title>${title}</title><meta name="author" content="Ann Lee"></head><body><article><h1>${title}</h1>` +
  `<p>${words} happened on Tuesday, officials said, and the town council will meet again next week to decide.</p>` +
  `<p>Residents interviewed said ${words} was expected, and most of them had prepared for it well in advance.</p></article></body></html>`;

function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-extract-'));
  mkdirSync(join(dir, 'pages', 'more'), { recursive: true });
  writeFileSync(join(dir, 'pages', 'a-story.html'), page('Flood in the valley', 'The flood'));
  writeFileSync(join(dir, 'pages', 'more', 'b-story.html.gz'), gzipSync(page('Storm on the coast', 'The storm')));
  writeFileSync(join(dir, 'pages', 'notes.txt'), 'not html, skipped in folders');
  writeFileSync(join(dir, 'photo.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
  return dir;
}

test('jsonl: one line per input in input order, failures as error records, exit 0 when one page succeeded', async () => {
  const dir = makeFolder();
  try {
    const { io, out, err } = fakeIo(dir);
    const code = await extractCommand.run(['photo.html', 'pages', '--format', 'jsonl'], io);
    assert.equal(code, 0);
    const lines = out().trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.id), ['photo', 'a-story', 'b-story']);
    assert.equal(lines[0].error.code, 'INPUT_BINARY');
    assert.deepEqual(Object.keys(lines[1]), ['id', 'title', 'byline', 'published', 'siteName', 'language', 'text']);
    assert.equal(lines[1].title, 'Flood in the valley');
    assert.equal(lines[1].byline, 'Ann Lee');
    assert.match(lines[2].text, /^The storm happened on Tuesday/);
    assert.match(err(), /INPUT_BINARY/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('json prints one array; text prints the title and body', async () => {
  const dir = makeFolder();
  try {
    const json = fakeIo(dir);
    assert.equal(await extractCommand.run(['pages/a-story.html'], json.io), 0);
    const records = JSON.parse(json.out());
    assert.equal(records.length, 1);
    assert.equal(records[0].id, 'a-story');
    const text = fakeIo(dir);
    assert.equal(await extractCommand.run(['pages', '-f', 'text'], text.io), 0);
    assert.match(text.out(), /^# Flood in the valley\nAnn Lee\n\nThe flood happened/);
    assert.match(text.out(), /# Storm on the coast/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('exit 1 when no page succeeded; missing files are INPUT_UNREADABLE records; bad --format throws', async () => {
  const dir = makeFolder();
  try {
    const { io, out } = fakeIo(dir);
    const code = await extractCommand.run(['photo.html', 'missing.html', '--format', 'jsonl'], io);
    assert.equal(code, 1);
    const codes = out().trim().split('\n').map((l) => JSON.parse(l).error.code);
    assert.deepEqual(codes, ['INPUT_BINARY', 'INPUT_UNREADABLE']);
    await assert.rejects(extractCommand.run(['pages', '--format', 'xml'], fakeIo(dir).io), /INVALID_OPTION/);
    await assert.rejects(extractCommand.run([], fakeIo(dir).io), /INVALID_OPTION/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
