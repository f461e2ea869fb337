/** Sizes of a timeline in SVG px, shared by the label layout and the drawing. */
export const WIDTH = 960;
export const PAD_LEFT = 16;
export const PAD_RIGHT = 30;
/** Height of the year axis above the first row. */
export const AXIS = 30;
export const ROW = 42;
export const BAR_TOP = 20;
export const BAR_HEIGHT = 15;
export const BOTTOM = 10;
export const LABEL_LINE = 15;
export const LABEL_LINES = 2;
