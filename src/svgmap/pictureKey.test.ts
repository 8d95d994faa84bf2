import { describe, expect, it } from 'vitest';
import type { Overlay } from '../mapmodel/overlay';
import { pictureKey, type PictureInput } from './pictureKey';

const overlay: Overlay = {
  arcs: [
    {
      key: 'sichuan~zhejiang',
      count: 3,
      d: 'M10 20Q50 0 90 20',
      points: [
        [10, 20],
        [90, 20],
      ],
      casing: { colour: '#fff', opacity: 0.8, width: 3 },
      colour: '#d96b3b',
      opacity: 0.9,
      width: 2,
      hitWidth: 10,
    },
  ],
  arrows: [],
  markers: [],
  labels: [
    {
      id: 'sichuan',
      layer: 'province',
      text: '四川',
      size: 12,
      letterSpacing: 0,
      colour: '#333',
      halo: '#fff',
      haloWidth: 1,
      x: 100.4,
      y: 50,
      textAnchor: 'middle',
      anchor: { anchor: 'center', dx: 0, dy: 0 },
      box: [88, 42, 112.8, 58],
    },
  ],
} as unknown as Overlay;

const input: PictureInput = {
  size: { width: 900, height: 578 },
  camera: { center: [110, 30], zoom: 4.48 },
  theme: 'light',
  lang: 'zh',
  font: 'Atlas Labels',
  regions: ['sichuan', 'zhejiang'],
  activity: new Map([['sichuan', { activity: 3, shade: 1 }]]),
  overlay,
  hovered: null,
  selected: null,
};

function withLabel(change: object): PictureInput {
  const [label] = overlay.labels;
  return { ...input, overlay: { ...overlay, labels: [{ ...label, ...change } as never] } };
}

describe('pictureKey', () => {
  it('is the same for the same picture, however it was built', () => {
    expect(pictureKey(input)).toBe(pictureKey({ ...input, regions: [...input.regions] }));
    // Below a hundredth of a pixel, and the measured box the placement tested, are not drawn.
    expect(pictureKey(withLabel({ x: 100.401 }))).toBe(pictureKey(input));
    expect(pictureKey(withLabel({ box: [88.01, 42, 112.79, 58] }))).toBe(pictureKey(input));
  });

  it('differs for anything drawn differently', () => {
    const key = pictureKey(input);
    const changed: PictureInput[] = [
      { ...input, size: { width: 901, height: 578 } },
      { ...input, camera: { center: [110, 30], zoom: 4.5 } },
      { ...input, theme: 'dark' },
      { ...input, lang: 'en' },
      { ...input, font: 'sans-serif' },
      { ...input, regions: ['sichuan'] },
      { ...input, activity: new Map([['sichuan', { activity: 4, shade: 1 }]]) },
      { ...input, hovered: { kind: 'region', id: 'sichuan' } },
      { ...input, selected: { kind: 'link', id: 'sichuan~zhejiang' } },
      withLabel({ x: 100.5 }),
      withLabel({ text: '浙江' }),
      { ...input, overlay: { ...overlay, arcs: [] } },
    ];
    for (const other of changed) expect(pictureKey(other)).not.toBe(key);
  });
});
