package com.cohelm.action;

import com.cohelm.security.Side;

/** One side's responsiveness in a program: to the questions it was asked, and to all its items. */
public record SideResponsiveness(Side side, ResponseFigure answering, ResponseFigure closing) {
}
