package com.cohelm.schedule;

/**
 * The drawn timeline and what a screen reader gets instead.
 *
 * @param svg             a standalone {@code <svg>} document with a view box, no scripts and no external
 *                        references, meant to be shown as an {@code <img>}
 * @param textAlternative a plain-text summary for the image's {@code alt}; the svg carries it as its
 *                        {@code aria-label} too
 * @param width           the drawing's width in pixels, also on the svg element
 * @param height          the drawing's height in pixels, also on the svg element
 */
public record TimelineImage(String svg, String textAlternative, int width, int height) {
}
