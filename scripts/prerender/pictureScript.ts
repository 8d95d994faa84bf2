/**
 * Only the picture the page shows is laid out. Each size's and language's overlay but the
 * page's own (the one shown without JavaScript) is written into a `<template>`, which the
 * browser parses but neither styles nor lays out; a script after the frame moves the overlay
 * of the picture the CSS shows (`variantRules.ts`) into its group, before the first paint.
 * Measured on the static page (the frame alone, 8 alternating loads at 1280×720): the
 * four other overlays in the page cost 13 ms of main thread and 9 ms of layout.
 */
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';

/** The attribute naming the picture (its index) a template holds the overlay of. */
export const TEMPLATE_ATTRIBUTE = 'data-ff-v';

/** The template holding the `i`-th picture's `overlay` markup. */
export function overlayTemplate(i: number, overlay: string): string {
  return `<template ${TEMPLATE_ATTRIBUTE}="${i}"><svg>${overlay}</svg></template>`;
}

/** The script, to run once the whole frame is parsed; it removes itself. */
export function pictureScript(): string {
  return [
    '(function () {',
    // It leaves no script in the body behind it (the page's own scripts are in <head>).
    '  var self = document.currentScript;',
    '  if (self && self.parentNode) self.parentNode.removeChild(self);',
    `  var frame = document.getElementById(${JSON.stringify(FIRST_FRAME.id)});`,
    '  if (!frame) return;',
    `  var groups = frame.getElementsByClassName(${JSON.stringify(FIRST_FRAME.variant)});`,
    '  for (var i = 0; i < groups.length; i++) {',
    '    var group = groups[i];',
    "    if (group.firstChild || getComputedStyle(group).display === 'none') continue;",
    `    var template = frame.querySelector('template[${TEMPLATE_ATTRIBUTE}="' + i + '"]');`,
    '    var svg = template && template.content.firstElementChild;',
    '    while (svg && svg.firstChild) group.appendChild(svg.firstChild);',
    '  }',
    '})();',
  ].join('\n');
}
