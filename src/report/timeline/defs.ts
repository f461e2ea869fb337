/** Shared SVG definitions (hatch patterns); put once on the page, hidden. */
export function timelineDefs(): string {
  return (
    '<svg class="defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>' +
    '<pattern id="wdx-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#c9d8f0"/><rect width="2.5" height="6" fill="#4a78c2"/></pattern>' +
    '<pattern id="wdx-hatch-open" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#cfe8d6"/><rect width="2.5" height="6" fill="#2f8a4c"/></pattern>' +
    '<pattern id="wdx-gap" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="8" height="8" fill="#f3f3f3"/><rect width="1.5" height="8" fill="#c4c4c4"/></pattern>' +
    '</defs></svg>'
  );
}
