import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WeightMap } from '../../src/stages/stories/weight-map.js';
import { makeRandom } from '../../bench/random.js';

/** The map's entries as a sorted list, to compare with a JS Map's. */
function entries(map: WeightMap): [number, number][] {
  const out: [number, number][] = [];
  map.forEach((key, weight) => out.push([key, weight]));
  return out.sort((a, b) => a[0] - b[0]);
}

test('a long random run of add, set and delete agrees with a JS Map (colliding keys, growth, backward-shift deletes)', () => {
  const random = makeRandom(7);
  const map = new WeightMap();
  const model = new Map<number, number>();
  for (let step = 0; step < 20_000; step++) {
    // few distinct keys, many multiples of the table size: long probe runs that deletes must keep intact
    const key = Math.floor(random() * 300) * (random() < 0.5 ? 64 : 1);
    const op = random();
    if (op < 0.45) {
      map.add(key, 1);
      model.set(key, (model.get(key) ?? 0) + 1);
    } else if (op < 0.6) {
      map.set(key, step);
      model.set(key, step);
    } else {
      assert.equal(map.delete(key), model.delete(key));
    }
    assert.equal(map.get(key), model.get(key));
  }
  assert.equal(map.size, model.size);
  assert.deepEqual(entries(map), [...model].sort((a, b) => a[0] - b[0]));
  for (const key of model.keys()) assert.ok(map.has(key));
  assert.equal(map.has(123_456), false);
  assert.equal(map.get(-1), undefined);
  assert.equal(map.has(-1), false);
});

test('addAll sums, dot multiplies shared keys, retainTop keeps the highest scores (ties by the smaller key)', () => {
  const a = new WeightMap();
  const b = new WeightMap();
  for (let k = 0; k < 50; k++) a.set(k, k);
  for (let k = 40; k < 200; k++) b.set(k, 2);
  assert.equal(a.dot(b), 2 * (40 + 41 + 42 + 43 + 44 + 45 + 46 + 47 + 48 + 49));
  assert.equal(b.dot(a), a.dot(b));
  a.addAll(b);
  assert.equal(a.size, 200);
  assert.equal(a.get(45), 47);
  assert.equal(a.get(150), 2);
  a.retainTop(12, (_key, weight) => weight);
  assert.deepEqual(entries(a).map(([k]) => k), [38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
  const tied = new WeightMap();
  for (const k of [9, 3, 7, 5]) tied.set(k, 1);
  tied.retainTop(2, () => 0);
  assert.deepEqual(entries(tied), [[3, 1], [5, 1]]);
  tied.clear();
  assert.equal(tied.size, 0);
  assert.equal(tied.get(3), undefined);
});

test('keys must be non-negative integers', () => {
  const map = new WeightMap();
  assert.throws(() => map.set(-1, 1), RangeError);
  assert.throws(() => map.add(1.5, 1), RangeError);
});
