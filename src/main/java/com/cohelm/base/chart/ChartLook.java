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
 */
public final class ChartLook {

    public static final Color TEXT = new Color(0x798497);
    public static final Color GRID = new Color(0x8a, 0x94, 0xa6, 0x33);
    public static final String FONT = Font.SANS_SERIF;

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

    public static void style(ValueAxis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
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
        var chart = new JFreeChart(plot);
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 8, 4, 12));
        var legend = chart.getLegend();
        legend.setBackgroundPaint(null);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemPaint(TEXT);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
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
