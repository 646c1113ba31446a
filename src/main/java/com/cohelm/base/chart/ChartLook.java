package com.cohelm.base.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The one look of CoHelm's server-drawn charts (JFreeChart into JFreeSVG): nothing filled behind them and
 * mid-tone text and grid colours, so the same SVG reads on the light and the dark theme and in a PDF.
 *
 * <p>The sides have one colour each everywhere: {@link #SUPPLIER} and {@link #CUSTOMER} are the values of
 * {@code --cohelm-supplier-color} and {@code --cohelm-customer-color} in {@code frontend/styles.css} (the rings,
 * borders and legends of the pages; badges and tags use the same hues darkened for white text), and
 * {@code SideColoursTest} keeps the two files in step. Both keep at least 3:1 against white and against Lumo's
 * dark background, as lines and other graphics need.
 *
 * <p>Text is sized for a page (axis labels of 11 px at the chart's own size); a chart for a meeting room's screen
 * passes a {@code textScale} above 1 so that its labels stay readable from the back of the room.
 */
public final class ChartLook {

    public static final Color TEXT = new Color(0x798497);
    public static final Color GRID = new Color(0x8a, 0x94, 0xa6, 0x33);
    public static final String FONT = Font.SANS_SERIF;

    /** The supplier's colour: {@code --cohelm-supplier-color}. */
    public static final Color SUPPLIER = new Color(0x2f7ff5);
    /** The customer's colour: {@code --cohelm-customer-color}. */
    public static final Color CUSTOMER = new Color(0x13a37d);
    /** Both sides together (a joint score): neither side's colour. */
    public static final Color JOINT = new Color(0x9b72e0);

    /** The text scale of a chart on a page. */
    public static final double PAGE = 1.0;
    /** The text scale of a chart on a meeting room's screen (the review's presentation mode). */
    public static final double ROOM = 1.7;

    private ChartLook() {
    }

    /** An empty plot without background or outline, with faint grid lines. */
    public static XYPlot plot() {
        var plot = new XYPlot();
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        return plot;
    }

    /** The chart font at a size in pixels, scaled. */
    public static Font font(int style, float size, double textScale) {
        return new Font(FONT, style, 1).deriveFont(style, (float) (size * textScale));
    }

    public static void style(ValueAxis axis) {
        style(axis, PAGE);
    }

    public static void style(ValueAxis axis, double textScale) {
        axis.setLabelFont(font(Font.PLAIN, 12, textScale));
        axis.setTickLabelFont(font(Font.PLAIN, 11, textScale));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(TEXT);
        axis.setTickMarkPaint(TEXT);
    }

    public static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
    }

    /** The chart around a plot, without background or border, its legend at the bottom left. */
    public static JFreeChart chart(XYPlot plot) {
        return chart(plot, PAGE);
    }

    /** {@link #chart(XYPlot)} with its legend's text scaled. */
    public static JFreeChart chart(XYPlot plot, double textScale) {
        var chart = new JFreeChart(plot);
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 8, 4, 12));
        var legend = chart.getLegend();
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemPaint(TEXT);
        legend.setItemFont(font(Font.PLAIN, 12, textScale));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        return chart;
    }

    /** A standalone {@code <svg>} of the given size with a view box, so it scales to its container. */
    public static String svg(JFreeChart chart, int width, int height) {
        var g2 = new SVGGraphics2D(width, height);
        g2.setBackground(new Color(0, 0, 0, 0)); // nothing is filled behind the chart
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }
}
