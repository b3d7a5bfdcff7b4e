/** The shape of a grid of story cards (issue #15, "grids without holes"): every row full, and truthful image sizes. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { besideText, cardSlots, fullRowSlot, rowShares, slotClasses, slotImageSizes } from '../../layouts/components/grid-shape.ts';

/** The rows a grid of `count` cards makes, as the number of cards in each. */
function rows(count: number, columns: number): number[] {
  const shares = rowShares(count, columns);
  const result: number[] = [];
  for (let index = 0; index < shares.length; ) {
    const share = shares[index] ?? 0;
    result.push(share);
    index += share;
  }
  return result;
}

describe('rows of cards', () => {
  test('a count that fills no row puts its remainder first, in wider cards: 1, 2, 4, 5, 7 and 12 in threes', () => {
    assert.deepEqual(rows(1, 3), [1]);
    assert.deepEqual(rows(2, 3), [2]);
    assert.deepEqual(rows(3, 3), [3]);
    assert.deepEqual(rows(4, 3), [1, 3]);
    assert.deepEqual(rows(5, 3), [2, 3]);
    assert.deepEqual(rows(7, 3), [1, 3, 3]);
    assert.deepEqual(rows(12, 3), [3, 3, 3, 3]);
  });

  test('in twos an odd count gives the first card a row of its own', () => {
    assert.deepEqual(rows(1, 2), [1]);
    assert.deepEqual(rows(3, 2), [1, 2]);
    assert.deepEqual(rows(4, 2), [2, 2]);
    assert.deepEqual(rows(7, 2), [1, 2, 2, 2]);
  });

  test('every card of every row, for any count and column count, shares it with exactly the row’s number of cards', () => {
    for (const columns of [1, 2, 3, 4]) {
      for (let count = 0; count <= 40; count++) {
        const shares = rowShares(count, columns);
        assert.equal(shares.length, count);
        for (let index = 0; index < count; ) {
          const share = shares[index] ?? 0;
          assert.ok(share >= 1 && share <= columns, `${count} in ${columns}s: card ${index} shares a row of ${share}`);
          assert.deepEqual(shares.slice(index, index + share), Array(share).fill(share), `${count} in ${columns}s: the row at card ${index} is not whole`);
          index += share;
        }
      }
    }
  });

  test('related stories run four to a row on wide screens, section blocks and listings three; both two on tablets', () => {
    assert.deepEqual(cardSlots(3, 'compact').map((slot) => slot.wide), [3, 3, 3]);
    assert.deepEqual(cardSlots(4, 'compact').map((slot) => slot.wide), [4, 4, 4, 4]);
    assert.deepEqual(cardSlots(4, 'standard').map((slot) => slot.wide), [1, 3, 3, 3]);
    assert.deepEqual(cardSlots(3, 'compact').map((slot) => slot.medium), [1, 2, 2]);
    assert.deepEqual(cardSlots(3, 'standard').map((slot) => slot.medium), [1, 2, 2]);
  });

  test('on phones a grid’s first story shows its image above it, the rest a thumbnail; compact cards all a thumbnail', () => {
    assert.deepEqual(cardSlots(3, 'standard').map((slot) => slot.thumbnail), [false, true, true]);
    assert.deepEqual(cardSlots(2, 'compact').map((slot) => slot.thumbnail), [true, true]);
  });

  test('the classes name the row shares on tablets and wide screens', () => {
    assert.equal(slotClasses({ medium: 1, wide: 2, thumbnail: false }), 'card--m1 card--w2');
    assert.equal(slotClasses(fullRowSlot('compact')), 'card--m2 card--w4');
  });
});

describe('where the image goes', () => {
  test('beside the text in a card with a row to itself on a tablet, or a row or half a row on a wide screen', () => {
    assert.deepEqual([1, 2].map((share) => besideText('medium', share)), [true, false]);
    assert.deepEqual([1, 2, 3, 4].map((share) => besideText('wide', share)), [true, true, false, false]);
  });
});

describe('the sizes an image announces', () => {
  test('a third of a wide row: a third of 71rem less two gaps; two of a tablet row; the whole phone screen', () => {
    assert.equal(
      slotImageSizes({ medium: 2, wide: 3, thumbnail: false }, 'standard'),
      '(min-width: 75rem) 22.5rem, (min-width: 64rem) calc(33.33vw - 2.5rem), (min-width: 50rem) calc(50vw - 2.88rem), (min-width: 40rem) calc(46vw - 0.88rem), calc(100vw - 2rem)',
    );
  });

  test('a card with a row to itself puts its image in half the row, beside the text; later cards on phones a 7rem thumbnail', () => {
    assert.equal(
      slotImageSizes({ medium: 1, wide: 1, thumbnail: true }, 'standard'),
      '(min-width: 75rem) 34.63rem, (min-width: 50rem) calc(50vw - 2.88rem), (min-width: 40rem) calc(46vw - 0.88rem), 7rem',
    );
  });

  test('a quarter of a wide row of related stories is 16.44rem at most', () => {
    assert.match(slotImageSizes(fullRowSlot('compact'), 'compact'), /^\(min-width: 75rem\) 16\.44rem, /);
  });

  test('a related story with a row to itself sets a third of the row, after the gap, beside its headline', () => {
    assert.match(slotImageSizes({ medium: 1, wide: 1, thumbnail: true }, 'compact'), /^\(min-width: 75rem\) 23\.08rem, /);
  });
});
