import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readArticles } from '../../adapters/ingest/read-articles.js';
import { readHeadline } from '../../adapters/ingest/read-headline.js';
import { decodeText } from '../../adapters/ingest/decode-text.js';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  for (const [name, body] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, body);
  }
  return dir;
}

const body = 'The council approved the budget on Tuesday. It passed by seven votes to two.';

test('text files: front matter fields, id from the file name, folders read recursively in order', async () => {
  const dir = folder({
    'b/two.md': `---\ntitle: Budget passes\nsource: Daily Item\npublished: 2025-01-07\nurl: https://x.example/a\n---\n${body}\n`,
    'a/one.txt': `Council approves budget after long debate\n\n${body}\n`,
    'c/three.txt': `${body}\n`,
  });
  const { articles, issues } = await readArticles([dir]);
  assert.deepEqual(articles.map((a) => a.id), ['one', 'two', 'three']);
  assert.equal(articles[0]!.title, 'Council approves budget after long debate');
  assert.ok(!articles[0]!.text!.includes('Council approves'), 'headline removed from the body');
  assert.equal(articles[1]!.source, 'Daily Item');
  assert.equal(articles[1]!.published, '2025-01-07', 'a bare YAML date stays a date string');
  assert.equal(articles[2]!.title, undefined, 'a first line ending in a full stop is body, not title');
  assert.deepEqual(issues, []);
});

test('JSON object, JSON array and JSON Lines; unknown fields and bad lines become issues', async () => {
  const dir = folder({
    'one.json': JSON.stringify({ title: 'T', text: body, mood: 'sunny' }),
    'many.json': JSON.stringify([{ id: 'x', text: body }, { text: body }, 42]),
    'lines.jsonl': `{"id":"l1","text":"${body}"}\n\n{not json}\n{"id":"l3","text":""}\n{"id":"l4","text":"${body}","tags":["a"]}\n`,
  });
  const { articles, issues } = await readArticles([dir]);
  assert.deepEqual(articles.map((a) => a.id).sort(), ['l1', 'l4', 'many-2', 'one', 'x']);
  const codes = issues.map((i) => `${i.code}@${i.value}`);
  assert.ok(codes.includes('INPUT_UNKNOWN_FIELD@mood'));
  assert.ok(codes.includes('INPUT_UNKNOWN_FIELD@tags'));
  assert.ok(issues.some((i) => i.code === 'INPUT_INVALID_JSON' && /lines\.jsonl:3/.test(i.message)), 'bad line named by number');
  assert.ok(issues.some((i) => i.code === 'INPUT_EMPTY' && /lines\.jsonl:4/.test(i.message)));
  assert.ok(issues.some((i) => i.code === 'INPUT_INVALID_JSON' && /many\.json\[2\]/.test(i.message)), 'non-object array item');
});

test('binary, empty, unsupported, missing and invalid JSON files are issues, and the run goes on', async () => {
  const dir = folder({
    'good.txt': body,
    'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    'empty.txt': '',
    'blank.md': '---\ntitle: Only a title\n---\n\n   \n',
    'doc.pdf': '%PDF-1.4',
    'broken.json': '{"id": "b", "text": ',
  });
  const { articles, issues } = await readArticles([dir, join(dir, 'missing.txt')]);
  assert.deepEqual(articles.map((a) => a.id), ['good']);
  const byCode = (code: string) => issues.filter((i) => i.code === code).map((i) => i.value);
  assert.equal(byCode('INPUT_BINARY').length, 1);
  assert.equal(byCode('INPUT_EMPTY').length, 2);
  assert.equal(byCode('UNSUPPORTED_INPUT').length, 1);
  assert.equal(byCode('INPUT_INVALID_JSON').length, 1);
  assert.equal(byCode('INPUT_UNREADABLE').length, 1);
  for (const i of issues) assert.ok(i.message.length > 10 && i.value, `issue names its place: ${JSON.stringify(i)}`);
});

test('duplicate ids name both places and keep the first', async () => {
  const dir = folder({ 'a/same.txt': body, 'b/same.txt': body.replace('seven', 'eight') });
  const { articles, issues } = await readArticles([dir]);
  assert.equal(articles.length, 1);
  const dup = issues.find((i) => i.code === 'DUPLICATE_ID');
  assert.ok(dup);
  assert.match(dup.message, /a\/same\.txt/);
  assert.match(dup.message, /b\/same\.txt/);
});

test('over 10 MB of text is refused with a size issue', async () => {
  const dir = folder({ 'huge.txt': 'word '.repeat(2_200_000) });
  const { articles, issues } = await readArticles([dir]);
  assert.equal(articles.length, 0);
  assert.equal(issues[0]!.code, 'INPUT_TOO_LARGE');
});

test('encodings: Windows-1252 file, mixed lines, UTF-16 with BOM, UTF-8 BOM', async () => {
  const cp1252 = Buffer.from('Caf\xe9 owners said the \x93new\x94 rules hurt. They met on Monday.', 'latin1');
  const mixed = Buffer.concat([Buffer.from('Zoë said it was fine.\n'), Buffer.from('Ren\xe9 disagreed strongly.\n', 'latin1')]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Naïve reporters wrote this.', 'utf16le')]);
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Plain text with a BOM.')]);
  const dir = folder({ 'a.txt': cp1252, 'b.txt': mixed, 'c.txt': utf16, 'd.txt': bom });
  const { articles, issues } = await readArticles([dir]);
  const text = Object.fromEntries(articles.map((a) => [a.id, a.text]));
  assert.equal(text.a, 'Café owners said the “new” rules hurt. They met on Monday.');
  assert.equal(text.b, 'Zoë said it was fine.\nRené disagreed strongly.\n');
  assert.equal(text.c, 'Naïve reporters wrote this.');
  assert.equal(text.d, 'Plain text with a BOM.');
  assert.deepEqual(issues.filter((i) => i.code === 'INPUT_ENCODING').map((i) => i.article).sort(), ['a', 'b']);
  assert.match(issues.find((i) => i.article === 'b')!.message, /mixed encodings/);
});

test('stdin "-" reads JSON Lines; gzip html is opened', async () => {
  const stdin = Readable.from([`{"id":"s1","text":"${body}"}\n{"id":"s2","text":"${body}"}\n`]);
  const { articles } = await readArticles(['-'], { stdin });
  assert.deepEqual(articles.map((a) => a.id), ['s1', 's2']);
  const html = `<html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1><p>${body} ${body}</p><p>${body}</p></article></body></html>`;
  const dir = folder({ 'page.html.gz': gzipSync(html) });
  const read = await readArticles([dir]);
  assert.equal(read.articles[0]?.id, 'page');
  assert.match(read.articles[0]?.text ?? '', /council approved the budget/);
});

test('readHeadline: headline-like first lines only', () => {
  const cases: [string, string | null][] = [
    ['Quake kills 12 in coastal town\n\nBody text here.', 'Quake kills 12 in coastal town'],
    ['Officials said the quake killed 12 people.\nMore text.', null],
    ['EMPHASIS ON THE TAIWAN ISSUE\nMore text.', null],
    ['Red lines stressed:\nMore text.', null],
    ['Only one line', null],
    ['• Oops!\nSomething went wrong.', null],
    ['Secretary of State Blinken, Xi Jinping meet in Beijing, ‘agree’ on need to stabilize ties\n\nBody.', 'Secretary of State Blinken, Xi Jinping meet in Beijing, ‘agree’ on need to stabilize ties'],
  ];
  for (const [input, title] of cases) assert.equal(readHeadline(input).title, title, input);
});

test('decodeText flags control-heavy data as binary', () => {
  const noisy = Buffer.alloc(200, 0x01);
  const result = decodeText(noisy);
  assert.equal(result.ok, false);
});

test('a folder walk accounts for what it passes over: hidden files and folders, symbolic links', async () => {
  const dir = folder({ 'a.txt': 'Flood waters rose in Leeds on Monday.', '.DS_Store': 'x', '.git/config': '[core]' });
  symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
  const read = await readArticles([dir]);
  assert.deepEqual(read.articles.map((a) => a.id), ['a']);
  const skipped = read.issues.filter((i) => i.code === 'INPUT_SKIPPED').map((i) => `${i.value!.slice(dir.length + 1)}: ${i.message.replace(/^skipped "[^"]+": /, '')}`).sort();
  assert.deepEqual(skipped, [
    '.DS_Store: hidden file (.DS_Store …) not read',
    '.git: hidden folder (.git, .cache …) not read',
    'link.txt: symbolic link not followed (name the target to read it)',
  ]);
});
