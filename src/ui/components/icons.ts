/**
 * Small inline SVG icons, drawn with the text's colour. Emoji are not used as icons: where no
 * emoji font is installed (many Linux desktops) they show as an empty box. An icon beside words
 * that say the same is hidden from assistive technology; one that stands alone gets a label.
 */
const svgNamespace = 'http://www.w3.org/2000/svg';

/** 16×16 outlines (stroked with currentColor). */
const drawings = {
  // A speech bubble: comments.
  comment: 'M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z',
  // A circle with a cross: an error.
  error: 'M8 1.8a6.2 6.2 0 1 0 0 12.4a6.2 6.2 0 1 0 0-12.4zM5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8',
  // A triangle with an exclamation mark: a warning.
  warning: 'M8 1.8l6.4 11.4h-12.8zM8 6v3.6M8 11v.8',
  // An eye: the preview.
  preview: 'M1.5 8s2.4-4.5 6.5-4.5s6.5 4.5 6.5 4.5s-2.4 4.5-6.5 4.5s-6.5-4.5-6.5-4.5zM8 6.2a1.8 1.8 0 1 0 0 3.6a1.8 1.8 0 1 0 0-3.6z',
} as const;

export type IconName = keyof typeof drawings;

/**
 * An icon; with `label`, an image of that name (role="img"), else decorative (aria-hidden).
 *
 * @example
 * button.append(icon('comment'), '2'); // the button's aria-label says "2 comments"
 */
export function icon(name: IconName, label?: string): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('class', `icon icon-${name}`);
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('focusable', 'false');
  if (label) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
  } else {
    svg.setAttribute('aria-hidden', 'true');
  }
  const path = document.createElementNS(svgNamespace, 'path');
  path.setAttribute('d', drawings[name]);
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.5');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}
